package org.secplan.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.secplan.base.SecplanException;

/**
 * Writes a synthetic security plan that checks clean: every built-in check's condition is met by construction
 * (every risk has a treatment with a working control, every asset a control that reaches its protection level,
 * every date inside its period as of {@link #AS_OF}, no text quoting an identifier, and so on). The same size and
 * seed always give the same bytes: one seeded {@link Random}, drawn from in a fixed order, no maps iterated in
 * hash order, {@code \n} line ends and UTF-8.
 */
public final class PlanSynthesizer {

    /** The date the synthetic plan is judged against (written to secplan.properties). */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    static final String NS = "https://plan.synthetic-utility.example/#";

    private static final String[][] TOPICS = {
        {"governance", "roles", "risk-tolerance", "risk-management", "incidents", "culture", "awareness", "monitoring",
            "maturity-reporting", "service-providers"},
        {"personnel", "recruitment", "clearance-maintenance", "positions-of-trust", "contact-reporting",
            "clearance-management", "ongoing-awareness", "separation"},
        {"information", "classification", "access-control", "ict", "handling", "disposal"},
        {"physical", "facilities", "zones", "perimeter", "entry-control", "asset-protection"},
    };

    private static final String[] CONTROL_TYPES = {"preventive", "detective", "corrective", "deter", "detect",
        "delay", "respond", "recover"};
    private static final String[] CRITERIA = {"missions", "issues", "personnel", "assets", "places", "travel",
        "activities", "other"};
    private static final String[] PARTY_KINDS = {"authority", "regulator", "law-enforcement", "supplier", "partner"};
    private static final String[] FREQUENCIES = {"P1M", "P3M", "P6M", "P1Y"};
    private static final int[] FREQUENCY_SAFE_DAYS = {27, 88, 180, 364};

    private static final int PLANNED = 0;
    private static final int SELECTED = 1;
    private static final int IMPLEMENTED = 2;
    private static final int TESTED = 3;
    private static final int RETIRED = 4;
    private static final String[] STATUS = {"planned", "selected", "implemented", "tested", "retired"};

    /** Roles with a fixed meaning; the rest are operational roles. */
    private static final int BOARD = 0;
    private static final int CEO = 1;
    private static final int ACCOUNTABLE = 2;
    private static final int HEAD_OF_SECURITY = 4;
    private static final int AUDIT = 6;
    private static final int FIXED_ROLES = 10;
    private static final String[] FIXED_ROLE_NAMES = {"Board of Directors", "Chief Executive Officer",
        "Director of Operations and Security (Accountable Executive)", "Chief Financial Officer", "Head of Security",
        "Chief Information Security Officer", "Head of Internal Audit", "Director of Communications",
        "General Counsel", "OT Security Engineer"};

    private final SynthSize.Counts n;
    private final Random random;
    private final Map<String, Integer> entityCounts = new TreeMap<>();

    // the decisions, made before anything is written
    private int[] controlTopic;
    private int[] controlStatus;
    private int[] controlProtection;
    private String[] controlEffectiveness;
    private String[] controlTestFrequency;
    private List<List<Integer>> controlProtects;
    private List<List<Integer>> controlSatisfies;
    private List<List<Integer>> controlProcedures;
    private int[] usable;
    private int[] assetRequired;
    private int[] assetSite;
    private boolean[] assetTangible;
    private int[] assetFirstVulnerability;
    private boolean[] obligationAccepted;
    private boolean[] riskCatastrophic;
    private List<List<Integer>> contingencyRisks;

    private PlanSynthesizer(SynthSize size, long seed) {
        this.n = size.counts();
        this.random = new Random(seed * 31 + size.ordinal());
    }

    /**
     * Writes a plan of {@code size} into {@code out}, which must be empty or absent.
     *
     * @throws SecplanException when {@code out} is not an empty directory
     */
    public static SynthResult write(SynthSize size, long seed, Path out) {
        try {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new SecplanException("the output '" + out + "' is a file, not a directory");
            }
            if (Files.isDirectory(out)) {
                try (var entries = Files.list(out)) {
                    if (entries.findAny().isPresent()) {
                        throw new SecplanException("the output directory '" + out + "' is not empty");
                    }
                }
            }
            Files.createDirectories(out);
            return new PlanSynthesizer(size, seed).run(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each plan's identifier and the identifier of the role that endorses it. */
    private final List<String[]> endorsements = new ArrayList<>();

    private SynthResult run(Path out) throws IOException {
        decide();
        List<String> files = new ArrayList<>();
        Writer[] sink = new Writer[1];
        file(out, "secplan.properties", files, w -> {
            line(w, "# Synthetic security plan written by 'secplan synth'; dates are judged as of this day.");
            line(w, "as-of = " + AS_OF);
        });
        ttl(out, "plan.ttl", files, "The plan, its supporting plans, endorsements and resource commitments.",
                this::writePlans);
        ttl(out, "audiences.ttl", files, "Audiences: one edition of the plan site each.", this::writeAudiences);
        ttl(out, "roles.ttl", files, "The organization, competences, roles, people and external parties.",
                this::writeRoles);
        ttl(out, "scope.ttl", files, "Scope of every plan: statements for each criterion and exclusions.",
                this::writeScopes);
        ttl(out, "objectives.ttl", files, "Business and security objectives.", this::writeObjectives);
        ttl(out, "context.ttl", files, "Context: factors, risk sources, information sources and consultation.",
                this::writeContext);
        ttl(out, "assets/sites.ttl", files, "Sites, buildings and zones.", this::writeSites);
        int assetFiles = chunks(n.assets(), n.risksPerFile());
        for (int f = 0; f < assetFiles; f++) {
            int from = f * n.risksPerFile();
            int to = Math.min(n.assets(), from + n.risksPerFile());
            ttl(out, "assets/assets-" + two(f + 1) + ".ttl", files, "Assets and their vulnerabilities, part "
                    + (f + 1) + " of " + assetFiles + ".", w -> writeAssets(w, from, to));
        }
        ttl(out, "governance.ttl", files, "Documents, procedures, communication, reporting, evaluation and "
                + "improvement.", this::writeGovernance);
        ttl(out, "obligations.ttl", files, "Legal, regulatory and contractual obligations.", this::writeObligations);
        int riskFiles = chunks(n.risks(), n.risksPerFile());
        int[] treatmentNumber = {0};
        int[] acceptanceNumber = {0};
        for (int f = 0; f < riskFiles; f++) {
            int from = f * n.risksPerFile();
            int to = Math.min(n.risks(), from + n.risksPerFile());
            String part = ", part " + (f + 1) + " of " + riskFiles + ".";
            List<String[]> treatments = new ArrayList<>();
            ttl(out, "risks/risks-" + two(f + 1) + ".ttl", files, "The risk register" + part,
                    w -> writeRisks(w, from, to, treatmentNumber, acceptanceNumber, treatments));
            ttl(out, "risks/treatments-" + two(f + 1) + ".ttl", files, "Treatments of the risks" + part,
                    w -> writeTreatments(w, treatments));
        }
        ttl(out, "risks/measures.ttl", files, "Graduated measures and agreements with agencies.", this::writeMeasures);
        for (int d = 0; d < TOPICS.length; d++) {
            int domain = d;
            ttl(out, "controls/" + TOPICS[d][0] + ".ttl", files, "Controls of the " + TOPICS[d][0] + " domain.",
                    w -> writeControls(w, domain));
        }
        ttl(out, "controls/assurance.ttl", files, "Test records and monitoring of the controls.",
                this::writeAssurance);
        ttl(out, "contingency.ttl", files, "Contingency plans.", this::writeContingency);
        ttl(out, "timeline.ttl", files, "Scheduled security activities.", this::writeActivities);
        writePages(out, files);
        endorse(out, files);
        long bytes = 0;
        for (String f : files) {
            bytes += Files.size(out.resolve(f));
        }
        return new SynthResult(out, files, entityCounts, bytes);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Decisions that tie entities together, made before writing so that every reference fits every check
    // ------------------------------------------------------------------------------------------------------------

    private void decide() {
        int topics = topicCount();
        controlTopic = new int[n.controls()];
        controlStatus = new int[n.controls()];
        controlProtection = new int[n.controls()];
        controlEffectiveness = new String[n.controls()];
        controlTestFrequency = new String[n.controls()];
        List<Integer> usableList = new ArrayList<>();
        for (int c = 0; c < n.controls(); c++) {
            // the first controls cover every topic, so every domain and topic is addressed
            controlTopic[c] = c < topics ? c : random.nextInt(topics);
            double r = random.nextDouble();
            controlStatus[c] = c < topics ? (c % 2 == 0 ? TESTED : IMPLEMENTED)
                    : r < 0.45 ? TESTED : r < 0.75 ? IMPLEMENTED : r < 0.85 ? SELECTED : r < 0.95 ? PLANNED : RETIRED;
            controlProtection[c] = 1 + random.nextInt(4);
            if (controlStatus[c] == TESTED) {
                controlEffectiveness[c] = random.nextInt(5) == 0 ? "partial" : "effective";
            }
            controlTestFrequency[c] = random.nextInt(10) < 3 ? "P6M" : "P1Y";
            if (controlStatus[c] == IMPLEMENTED || controlStatus[c] == TESTED) {
                usableList.add(c);
            }
        }
        usable = usableList.stream().mapToInt(Integer::intValue).toArray();
        controlProtects = lists(n.controls());
        controlSatisfies = lists(n.controls());
        controlProcedures = lists(n.controls());

        assetRequired = new int[n.assets()];
        assetSite = new int[n.assets()];
        assetTangible = new boolean[n.assets()];
        for (int a = 0; a < n.assets(); a++) {
            int best = 0;
            int protectors = 1 + random.nextInt(2);
            Set<Integer> chosen = new LinkedHashSet<>();
            for (int k = 0; k < protectors; k++) {
                chosen.add(usable[random.nextInt(usable.length)]);
            }
            for (int c : chosen) {
                controlProtects.get(c).add(a);
                best = Math.max(best, controlProtection[c]);
            }
            assetRequired[a] = 1 + random.nextInt(best);
            assetSite[a] = random.nextInt(n.sites());
            assetTangible[a] = random.nextInt(10) < 7;
        }
        assetFirstVulnerability = new int[n.assets()];
        java.util.Arrays.fill(assetFirstVulnerability, -1);
        for (int v = 0; v < n.vulnerabilities(); v++) {
            int a = vulnerabilityAsset(v);
            if (assetFirstVulnerability[a] < 0) {
                assetFirstVulnerability[a] = v;
            }
        }
        obligationAccepted = new boolean[n.obligations()];
        for (int o = 0; o < n.obligations(); o++) {
            obligationAccepted[o] = o % 10 == 9;
            if (!obligationAccepted[o]) {
                int k = 1 + random.nextInt(2);
                for (int i = 0; i < k; i++) {
                    List<Integer> list = controlSatisfies.get(usable[random.nextInt(usable.length)]);
                    if (!list.contains(o)) {
                        list.add(o);
                    }
                }
            }
        }
        for (int p = 0; p < n.procedures(); p++) {
            int c;
            do {
                c = random.nextInt(n.controls());
            } while (controlStatus[c] == RETIRED);
            controlProcedures.get(c).add(p);
        }
        // rare, catastrophic risks: exactly those a contingency plan addresses
        riskCatastrophic = new boolean[n.risks()];
        contingencyRisks = lists(n.contingencyPlans());
        for (int cp = 0; cp < n.contingencyPlans(); cp++) {
            int r = (int) ((long) cp * n.risks() / n.contingencyPlans()) + random.nextInt(Math.max(1,
                    n.risks() / n.contingencyPlans()));
            riskCatastrophic[r] = true;
            contingencyRisks.get(cp).add(r);
            int others = random.nextInt(3);
            for (int k = 0; k < others; k++) {
                int o = random.nextInt(n.risks());
                if (!contingencyRisks.get(cp).contains(o)) {
                    contingencyRisks.get(cp).add(o);
                }
            }
        }
    }

    private int vulnerabilityAsset(int v) {
        // spread deterministically without a draw, so that it can be recomputed while writing
        return (int) ((v * 7919L) % n.assets());
    }

    // ------------------------------------------------------------------------------------------------------------
    // Files
    // ------------------------------------------------------------------------------------------------------------

    private void writePlans(TurtleWriter w) {
        int plans = 1 + n.supportingPlans();
        for (int p = 0; p < plans; p++) {
            String place = Words.at(Words.PLACES, p - 1);
            String label = p == 0 ? "Synthetic Utility Protective Security Plan"
                    : place + " " + Words.at(Words.SITE_KINDS, p) + " Security Plan";
            String version = p == 0 ? "3.2" : "1." + (p % 7);
            w.subject(id("PLAN", p, plans), "sp:SecurityPlan")
                    .str("dcterms:identifier", idText("PLAN", p, plans))
                    .str("rdfs:label", label)
                    .str("dcterms:description", p == 0
                            ? "Overarching plan covering governance, risk, controls and the controls process for every site."
                            : "Supporting plan for the " + place + " sites, their people and their information.")
                    .str("sp:version", version)
                    .ref("sp:planStatus", "spk:plan-in-effect")
                    .date("sp:effectiveDate", AS_OF.minusDays(100 + random.nextInt(200)))
                    .date("sp:nextReviewDate", AS_OF.plusDays(60 + random.nextInt(300)))
                    .ref("sp:endorsement", id("EN", p, plans));
            if (p == 0 && plans > 1) {
                List<String> supporting = new ArrayList<>();
                for (int s = 1; s < plans; s++) {
                    supporting.add(id("PLAN", s, plans));
                }
                w.refs("sp:supportingPlan", supporting);
            }
            w.ref("sp:scope", id("SCOPE", p, plans))
                    .ref("sp:organization", ":ORG-001")
                    .ref("sp:accountableRole", role(ACCOUNTABLE))
                    .ref("sp:securityFunction", role(HEAD_OF_SECURITY))
                    .ref("sp:acceptanceLevel", "spk:risk-medium")
                    .ref("sp:riskMatrix", "spk:default-matrix")
                    .ref("sp:classificationScheme", "spk:classification-levels")
                    .ref("sp:defaultClassification", "spk:class-internal")
                    .ref("sp:documentOwner", role(p == 0 ? HEAD_OF_SECURITY : operationalRole()))
                    .str("sp:storageLocation", "Restricted security workspace, plan repository \"secplan-synthetic\""
                            + (p == 0 ? "" : ", folder " + place) + "; printed copy in the crisis room safe.")
                    .str("sp:retention", "Each superseded version kept for 7 years after withdrawal.")
                    .str("sp:disposalMethod", "Crypto-erase electronic copies; cross-cut shred paper copies.")
                    .str("sp:leadershipStatement", "We hold ourselves accountable for protecting the water we supply, "
                            + "the people who work for us and the information entrusted to us, and we fund this plan.")
                    .end();
            count("SecurityPlan");
            endorsements.add(new String[] {idText("PLAN", p, plans),
                    idText("ROLE", p == 0 ? BOARD : p % 2 == 0 ? CEO : ACCOUNTABLE, n.roles())});
            w.subject(id("EN", p, plans), "sp:Endorsement")
                    .str("dcterms:identifier", idText("EN", p, plans))
                    .str("rdfs:label", "Endorsement of " + label + " version " + version)
                    .ref("sp:endorsedBy", role(p == 0 ? BOARD : p % 2 == 0 ? CEO : ACCOUNTABLE))
                    .date("sp:endorsedOn", AS_OF.minusDays(300 + random.nextInt(50)))
                    .str("sp:endorsedVersion", version)
                    .end();
            count("Endorsement");
        }
        String[] kinds = {"staffing", "budget", "equipment", "training", "facilities"};
        for (int i = 0; i < n.resourceCommitments(); i++) {
            String kind = kinds[i % kinds.length];
            w.subject(id("RC", i, n.resourceCommitments()), "sp:ResourceCommitment")
                    .str("dcterms:identifier", idText("RC", i, n.resourceCommitments()))
                    .str("rdfs:label", "Security " + kind + " commitment for " + Words.at(Words.PLACES, i))
                    .str("dcterms:description", "Committed by top management for the current planning year.")
                    .ref("sp:resourceKind", "spk:resource-" + kind)
                    .ref("sp:committedBy", role(i % 4))
                    .end();
            count("ResourceCommitment");
        }
    }

    /** The audience whose edition reads the whole plan. */
    public static final String FULL_AUDIENCE = "security-team";

    private void writeAudiences(TurtleWriter w) {
        String[][] audiences = {{"public", "Public", "public"}, {"staff", "All staff", "internal"},
            {"management", "Managers and site leads", "restricted"}, {FULL_AUDIENCE, "Security team", "secret"}};
        for (String[] a : audiences) {
            w.subject(":audience-" + a[0], "sp:Audience")
                    .str("dcterms:identifier", a[0])
                    .str("rdfs:label", a[1])
                    .ref("sp:classification", "spk:class-public")
                    .ref("sp:maxClassification", "spk:class-" + a[2])
                    .end();
            count("Audience");
        }
    }

    private void writeRoles(TurtleWriter w) {
        w.subject(":ORG-001", "org:Organization")
                .str("dcterms:identifier", "ORG-001")
                .str("rdfs:label", "Synthetic Utility Ltd")
                .str("dcterms:description", "A fictional regional water utility, generated for testing at scale.")
                .end();
        count("Organization");
        for (int c = 0; c < n.competences(); c++) {
            w.subject(id("CMP", c, n.competences()), "sp:Competence")
                    .str("dcterms:identifier", idText("CMP", c, n.competences()))
                    .str("rdfs:label", Words.at(Words.COMPETENCES, c) + (c >= Words.COMPETENCES.size()
                            ? " (advanced)" : ""))
                    .end();
            count("Competence");
        }
        for (int r = 0; r < n.roles(); r++) {
            boolean top = r < 4;
            boolean authority = r <= ACCOUNTABLE;
            String label = r < FIXED_ROLES ? FIXED_ROLE_NAMES[r]
                    : Words.at(Words.ROLE_KINDS, r) + ", " + Words.at(Words.PLACES, r / Words.ROLE_KINDS.size());
            int requirements = 1 + random.nextInt(3);
            Map<Integer, Integer> needed = new TreeMap<>();
            while (needed.size() < requirements) {
                needed.put(random.nextInt(n.competences()), 1 + random.nextInt(4));
            }
            List<String[]> reqs = new ArrayList<>();
            needed.forEach((cmp, level) -> reqs.add(new String[] {"sp:competence", id("CMP", cmp, n.competences()),
                "sp:level", Integer.toString(level)}));
            w.subject(role(r), "sp:Role")
                    .str("dcterms:identifier", idText("ROLE", r, n.roles()))
                    .str("rdfs:label", label);
            classify(w, 10, 2);
            w.bool("sp:topManagement", top)
                    .bool("sp:riskAcceptanceAuthority", authority);
            if (authority) {
                // the board and the chief executive may accept any level, the accountable executive up to high
                w.ref("sp:acceptanceCeiling", r < ACCOUNTABLE ? "spk:risk-extreme" : "spk:risk-high");
            }
            w
                    .bool("sp:external", false)
                    .strs("sp:responsibility", List.of(
                            "Carries out the security duties of the " + label.toLowerCase(Locale.ROOT) + ".",
                            "Reports security concerns and incidents without delay."))
                    .str("sp:authority", authority ? "May accept residual security risk within the delegation set "
                            + "by the board." : "May stop work that is unsafe or insecure.")
                    .blanks("sp:requiredCompetence", "sp:CompetenceRequirement", reqs)
                    .ref("sp:heldBy", id("P", r, n.roles()))
                    .ref("org:memberOf", ":ORG-001")
                    .end();
            count("Role");
            List<String[]> attained = new ArrayList<>();
            needed.forEach((cmp, level) -> attained.add(new String[] {"sp:competence",
                id("CMP", cmp, n.competences()), "sp:level", Integer.toString(Math.min(5,
                    level + random.nextInt(2)))}));
            String name = Words.pick(random, Words.FIRST) + " " + Words.pick(random, Words.LAST);
            w.subject(id("P", r, n.roles()), "sp:Person")
                    .str("dcterms:identifier", idText("P", r, n.roles()))
                    .str("rdfs:label", name)
                    .blanks("sp:attainedCompetence", "sp:CompetenceAttainment", attained)
                    .end();
            count("Person");
        }
        for (int e = 0; e < n.externalParties(); e++) {
            String kind = PARTY_KINDS[e % PARTY_KINDS.length];
            boolean interested = e % 7 == 6;
            String name = Words.at(Words.PARTY_NAMES, e) + (e >= Words.PARTY_NAMES.size()
                    ? ", " + Words.at(Words.PLACES, e / Words.PARTY_NAMES.size()) : "");
            if (interested) {
                w.subject(id("EP", e, n.externalParties()), "sp:InterestedParty", "sp:ExternalParty");
            } else {
                w.subject(id("EP", e, n.externalParties()), "sp:ExternalParty");
            }
            w.str("dcterms:identifier", idText("EP", e, n.externalParties()))
                    .str("rdfs:label", name)
                    .ref("sp:partyKind", "spk:party-" + kind)
                    .ref("sp:liaisonRole", role(operationalRole()))
                    .end();
            count("ExternalParty");
        }
    }

    private void writeScopes(TurtleWriter w) {
        int plans = 1 + n.supportingPlans();
        int statements = plans * CRITERIA.length;
        for (int p = 0; p < plans; p++) {
            List<String> own = new ArrayList<>();
            for (int c = 0; c < CRITERIA.length; c++) {
                own.add(id("SST", p * CRITERIA.length + c, statements));
            }
            w.subject(id("SCOPE", p, plans), "sp:Scope")
                    .str("dcterms:identifier", idText("SCOPE", p, plans))
                    .str("rdfs:label", p == 0 ? "Scope of the overarching plan"
                            : "Scope of the " + Words.at(Words.PLACES, p - 1) + " plan")
                    .refs("sp:statement", own)
                    .ref("sp:exclusion", id("EXC", p, plans))
                    .date("sp:validFrom", AS_OF.minusDays(200))
                    .date("sp:validUntil", AS_OF.plusDays(300))
                    .str("sp:otherRiskProcess", "The resilience plan and the health and safety system share the "
                            + "risk register format and are reconciled quarterly.")
                    .end();
            count("Scope");
            for (int c = 0; c < CRITERIA.length; c++) {
                boolean notApplicable = p > 0 && CRITERIA[c].equals("travel");
                w.subject(own.get(c), "sp:ScopeStatement")
                        .str("dcterms:identifier", idText("SST", p * CRITERIA.length + c, statements))
                        .str("rdfs:label", "Scope: " + CRITERIA[c])
                        .str("dcterms:description", "What the plan covers for the criterion '" + CRITERIA[c] + "'.")
                        .ref("sp:criterion", "spk:criterion-" + CRITERIA[c]);
                if (notApplicable) {
                    w.bool("sp:notApplicable", true)
                            .str("sp:justification", "Staff of these sites do not travel on company business.");
                }
                w.end();
                count("ScopeStatement");
            }
            w.subject(id("EXC", p, plans), "sp:Exclusion")
                    .str("dcterms:identifier", idText("EXC", p, plans))
                    .str("rdfs:label", "Wastewater collection and treatment")
                    .str("sp:justification", "Operated by another company under its own licence and security plan.")
                    .end();
            count("Exclusion");
        }
    }

    private void writeObjectives(TurtleWriter w) {
        for (int b = 0; b < n.businessObjectives(); b++) {
            w.subject(id("BO", b, n.businessObjectives()), "sp:BusinessObjective")
                    .str("dcterms:identifier", idText("BO", b, n.businessObjectives()))
                    .str("rdfs:label", "Deliver " + Words.at(Words.AREAS, b) + " services reliably in "
                            + Words.at(Words.PLACES, b))
                    .end();
            count("BusinessObjective");
        }
        for (int o = 0; o < n.objectives(); o++) {
            w.subject(id("OBJ", o, n.objectives()), "sp:SecurityObjective")
                    .str("dcterms:identifier", idText("OBJ", o, n.objectives()))
                    .str("rdfs:label", "Protect " + Words.at(Words.AREAS, o) + " at " + Words.at(Words.PLACES, o / 3)
                            + " from deliberate and accidental harm")
                    .str("dcterms:description", "No incident stops the service for more than a day.")
                    .ref("sp:classification", "spk:class-public")
                    .ref("sp:supportsBusinessObjective", id("BO", random.nextInt(n.businessObjectives()),
                            n.businessObjectives()))
                    .ref("sp:relatedPolicy", id("DOC", random.nextInt(n.documents()), n.documents()))
                    .end();
            count("SecurityObjective");
        }
    }

    private void writeContext(TurtleWriter w) {
        String[] factors = {"global-trend", "geopolitical", "legal", "operating-environment", "partner"};
        for (int f = 0; f < n.contextFactors(); f++) {
            w.subject(id("CF", f, n.contextFactors()), "sp:ContextFactor")
                    .str("dcterms:identifier", idText("CF", f, n.contextFactors()))
                    .str("rdfs:label", "Changing " + factors[f % factors.length].replace('-', ' ') + " conditions around "
                            + Words.at(Words.PLACES, f))
                    .ref("sp:factorKind", "spk:factor-" + factors[f % factors.length])
                    .end();
            count("ContextFactor");
        }
        String[] sourceKinds = {"adversarial", "accidental", "environmental", "structural"};
        for (int s = 0; s < n.riskSources(); s++) {
            String kind = sourceKinds[s % sourceKinds.length];
            String label = (kind.equals("adversarial") ? Words.at(Words.SOURCE_KINDS_ADVERSARIAL, s / 4)
                    : Words.at(Words.SOURCE_KINDS_OTHER, s)) + " near " + Words.at(Words.PLACES, s / 3);
            w.subject(id("RS", s, n.riskSources()), "sp:RiskSource")
                    .str("dcterms:identifier", idText("RS", s, n.riskSources()))
                    .str("rdfs:label", label);
            classify(w, 20, 0);
            w.ref("sp:sourceKind", "spk:source-kind-" + kind).end();
            count("RiskSource");
        }
        String[] reliability = {"high", "medium", "low"};
        for (int i = 0; i < n.informationSources(); i++) {
            w.subject(id("IS", i, n.informationSources()), "sp:InformationSource")
                    .str("dcterms:identifier", idText("IS", i, n.informationSources()))
                    .str("rdfs:label", "Threat reports from " + Words.at(Words.PARTY_NAMES, i))
                    .ref("sp:reliability", "spk:reliability-" + reliability[i % 3])
                    .end();
            count("InformationSource");
        }
        for (int c = 0; c < n.consultations(); c++) {
            List<String> parties = new ArrayList<>();
            parties.add(role(HEAD_OF_SECURITY));
            for (int k = 0; k < 3; k++) {
                String party = role(operationalRole());
                if (!parties.contains(party)) {
                    parties.add(party);
                }
            }
            parties.add(id("EP", random.nextInt(n.externalParties()), n.externalParties()));
            w.subject(id("CA", c, n.consultations()), "sp:ConsultationArrangement")
                    .str("dcterms:identifier", idText("CA", c, n.consultations()))
                    .str("rdfs:label", "Security risk working group, " + Words.at(Words.PLACES, c))
                    .refs("sp:party", parties)
                    .str("sp:consultationTopic", "Risk context, ratings, criticality and vulnerabilities.")
                    .str("sp:channel", Words.at(Words.CHANNELS, c))
                    .end();
            count("ConsultationArrangement");
        }
    }

    private void writeSites(TurtleWriter w) {
        int top = Math.max(1, Math.min(10, n.sites() / 4));
        for (int s = 0; s < n.sites(); s++) {
            w.subject(id("SITE", s, n.sites()), "sp:Site")
                    .str("dcterms:identifier", idText("SITE", s, n.sites()))
                    .str("rdfs:label", siteLabel(s));
            if (s >= top) {
                w.ref("sp:partOfSite", id("SITE", s % top, n.sites()));
            }
            w.end();
            count("Site");
        }
    }

    private void writeAssets(TurtleWriter w, int from, int to) {
        for (int a = from; a < to; a++) {
            String label = assetLabel(a);
            w.subject(id("A", a, n.assets()), assetTangible[a] ? "sp:TangibleAsset" : "sp:IntangibleAsset", "sp:Asset")
                    .str("dcterms:identifier", idText("A", a, n.assets()))
                    .str("rdfs:label", label)
                    .str("dcterms:description", assetTangible[a] ? "Equipment the service depends on; its loss is "
                            + "felt within hours." : "Information the organization's \"need-to-know\" rules apply to.");
            classify(w, 20, 5);
            w.ref("sp:criticality", "spk:criticality-" + Math.min(5, assetRequired[a] + random.nextInt(2)))
                    .ref("sp:owner", role(operationalRole()))
                    .ref("sp:location", id("SITE", assetSite[a], n.sites()))
                    .ref("sp:requiredProtectionLevel", "spk:protection-" + assetRequired[a])
                    .end();
            count("Asset");
        }
        for (int v = 0; v < n.vulnerabilities(); v++) {
            int a = vulnerabilityAsset(v);
            if (a < from || a >= to) {
                continue;
            }
            w.subject(id("V", v, n.vulnerabilities()), "sp:Vulnerability")
                    .str("dcterms:identifier", idText("V", v, n.vulnerabilities()))
                    .str("rdfs:label", Words.at(Words.WEAKNESSES, v) + " " + lower(assetLabel(a)));
            classify(w, 50, 25);
            w.ref("sp:vulnerabilityOf", id("A", a, n.assets())).end();
            count("Vulnerability");
        }
    }

    private void writeGovernance(TurtleWriter w) {
        String[] kinds = {"policy", "policy", "instruction", "plan"};
        for (int d = 0; d < n.documents(); d++) {
            boolean sharing = d == 1;
            String label = sharing ? "Security Information Sharing Policy"
                    : Words.at(Words.AREAS, d) + " security " + kinds[d % kinds.length];
            if (sharing) {
                w.subject(id("DOC", d, n.documents()), "sp:InformationSharingPolicy", "sp:Document");
            } else {
                w.subject(id("DOC", d, n.documents()), "sp:Document");
            }
            w.str("dcterms:identifier", idText("DOC", d, n.documents()))
                    .str("rdfs:label", Character.toUpperCase(label.charAt(0)) + label.substring(1));
            if (sharing) {
                w.str("dcterms:description", "Security information is shared on a need-to-know basis: its owner "
                        + "decides who may receive it, at what classification and through which channel.");
            }
            w.ref("sp:documentKind", "spk:document-" + (sharing ? "policy" : kinds[d % kinds.length]))
                    .str("sp:location", "Policy library / Security / volume " + (d + 1))
                    .end();
            count("Document");
        }
        for (int p = 0; p < n.procedures(); p++) {
            w.subject(id("PROC", p, n.procedures()), "sp:Procedure", "sp:Document")
                    .str("dcterms:identifier", idText("PROC", p, n.procedures()))
                    .str("rdfs:label", "Procedure for " + Words.at(Words.AREAS, p) + " security checks at "
                            + Words.at(Words.PLACES, p / Words.AREAS.size()));
            classify(w, 20, 5);
            w.ref("sp:documentKind", "spk:document-procedure")
                    .str("sp:location", "Procedure library, section " + (p + 1))
                    .strs("sp:step", List.of("1. Prepare the checklist and notify the site.",
                            "2. Carry out the checks and record exceptions.",
                            "3. Report the result to the control owner within two working days."))
                    .ref("sp:relatedRisk", id("R", random.nextInt(n.risks()), n.risks()))
                    .end();
            count("Procedure");
        }
        String[] purposes = {"emergency", "crisis", "strategic", "roles", "lessons"};
        for (int c = 0; c < n.communicationItems(); c++) {
            String purpose = purposes[c % purposes.length];
            w.subject(id("COM", c, n.communicationItems()), "sp:CommunicationItem")
                    .str("dcterms:identifier", idText("COM", c, n.communicationItems()))
                    .str("rdfs:label", "Communication for " + purpose + " purposes, " + Words.at(Words.PLACES, c));
            classify(w, 30, 0);
            w.refs("sp:recipient", List.of(role(operationalRole()), id("EP", random.nextInt(n.externalParties()),
                            n.externalParties())))
                    .str("sp:content", "What happened, where, what has been done and what the recipient should do.")
                    .str("sp:channel", Words.at(Words.CHANNELS, c))
                    .duration("sp:frequency", "P1D")
                    .ref("sp:communicationPurpose", "spk:purpose-" + purpose)
                    .end();
            count("CommunicationItem");
        }
        for (int r = 0; r < n.reports(); r++) {
            w.subject(id("REP", r, n.reports()), "sp:Report")
                    .str("dcterms:identifier", idText("REP", r, n.reports()))
                    .str("rdfs:label", (r == 0 ? "Quarterly security status report" : "Security report on "
                            + Words.at(Words.AREAS, r)))
                    .ref("sp:recipient", role(r == 0 ? CEO : r % 4))
                    .str("sp:content", "Risks over acceptance, control effectiveness, incidents and overdue actions.")
                    .duration("sp:frequency", r == 0 ? "P3M" : "P1M")
                    .ref("sp:responsibleRole", role(HEAD_OF_SECURITY))
                    .end();
            count("Report");
        }
        int results = 0;
        for (int e = 0; e < n.evaluations(); e++) {
            w.subject(id("EV", e, n.evaluations()), "sp:Evaluation")
                    .str("dcterms:identifier", idText("EV", e, n.evaluations()))
                    .str("rdfs:label", "Evaluation of " + Words.at(Words.AREAS, e) + " security")
                    .str("sp:evaluationSubject", "How well the controls of this area work and whether objectives are met.")
                    .str("sp:method", Words.at(Words.METHODS, e))
                    .str("sp:performance", "The assurance team gathers the evidence; the owner reviews it.")
                    .str("sp:analysis", "Trends are compared with the previous year; gaps become improvement actions.")
                    .duration("sp:frequency", "P1Y")
                    .duration("sp:emergencyFrequency", "P1M")
                    .ref("sp:evaluator", role(AUDIT))
                    .end();
            count("Evaluation");
            results += 2;
        }
        for (int e = 0; e < n.evaluations(); e++) {
            LocalDate last = AS_OF.minusDays(1 + random.nextInt(300));
            for (int k = 0; k < 2; k++) {
                int number = e * 2 + k;
                LocalDate date = k == 0 ? last.minusYears(1) : last;
                w.subject(id("EVR", number, results), "sp:EvaluationResult")
                        .str("dcterms:identifier", idText("EVR", number, results))
                        .str("rdfs:label", "Evaluation result of " + date)
                        .ref("sp:ofEvaluation", id("EV", e, n.evaluations()))
                        .date("dcterms:date", date)
                        .str("sp:result", "Broadly effective; two gaps raised as improvement actions.")
                        .end();
                count("EvaluationResult");
            }
        }
        String[] sources = {"evaluation", "incident", "lesson", "proactive"};
        for (int i = 0; i < n.improvementActions(); i++) {
            boolean done = i % 3 == 0;
            w.subject(id("IA", i, n.improvementActions()), "sp:ImprovementAction")
                    .str("dcterms:identifier", idText("IA", i, n.improvementActions()))
                    .str("rdfs:label", "Strengthen " + Words.at(Words.TANGIBLE, i) + " at " + Words.at(Words.PLACES, i))
                    .ref("sp:improvementSource", "spk:source-" + sources[i % sources.length])
                    .ref("sp:owner", role(operationalRole()))
                    .date("sp:dueDate", done ? AS_OF.minusDays(1 + random.nextInt(200))
                            : AS_OF.plusDays(1 + random.nextInt(300)))
                    .ref("sp:actionStatus", done ? "spk:action-done" : i % 3 == 1 ? "spk:action-open"
                            : "spk:action-in-progress")
                    .refs("sp:improves", List.of(id("R", random.nextInt(n.risks()), n.risks()),
                            id("C", usable[random.nextInt(usable.length)], n.controls())))
                    .end();
            count("ImprovementAction");
        }
        for (int x = 0; x < n.exemptions(); x++) {
            w.subject(id("EX", x, n.exemptions()), "sp:Exemption")
                    .str("dcterms:identifier", idText("EX", x, n.exemptions()))
                    .str("rdfs:label", "Legacy equipment at " + Words.at(Words.PLACES, x) + " exempt from a control")
                    .ref("sp:exemptFrom", id("C", usable[random.nextInt(usable.length)], n.controls()))
                    .str("sp:justification", "The vendor does not support it; the equipment is isolated instead.")
                    .ref("sp:approvedBy", role(ACCOUNTABLE))
                    .date("sp:reviewDate", AS_OF.plusDays(30 + random.nextInt(300)))
                    .end();
            count("Exemption");
        }
        for (int d = 0; d < n.decisions(); d++) {
            w.subject(id("DEC", d, n.decisions()), "sp:Decision")
                    .str("dcterms:identifier", idText("DEC", d, n.decisions()))
                    .str("rdfs:label", "Decision on a risk at " + Words.at(Words.PLACES, d))
                    .ref("sp:aboutRisk", id("R", random.nextInt(n.risks()), n.risks()))
                    .str("sp:decisionText", "Treat the risk with the controls listed and review it at the next cycle.")
                    .date("dcterms:date", AS_OF.minusDays(1 + random.nextInt(300)))
                    .ref("sp:decidedBy", role(random.nextInt(3)))
                    .str("sp:rationale", "Proportionate to the level of risk and the cost of the controls.")
                    .end();
            count("Decision");
        }
        for (int l = 0; l < n.lessons(); l++) {
            w.subject(id("LL", l, n.lessons()), "sp:LessonLearned")
                    .str("dcterms:identifier", idText("LL", l, n.lessons()))
                    .str("rdfs:label", "Call-out lists went stale at " + Words.at(Words.PLACES, l))
                    .str("dcterms:description", "An exercise found wrong numbers on the call-out list.")
                    .date("dcterms:date", AS_OF.minusDays(1 + random.nextInt(300)))
                    .ref("sp:relatedTo", id("C", usable[random.nextInt(usable.length)], n.controls()))
                    .end();
            count("LessonLearned");
        }
    }

    private void writeObligations(TurtleWriter w) {
        String[] kinds = {"law", "regulation", "contract"};
        for (int o = 0; o < n.obligations(); o++) {
            String kind = kinds[o % 3];
            w.subject(id("OBL", o, n.obligations()), "sp:Obligation")
                    .str("dcterms:identifier", idText("OBL", o, n.obligations()))
                    .str("rdfs:label", "Security duties under the " + Words.at(Words.AREAS, o) + " " + kind
                            + (o >= Words.AREAS.size() ? " of " + Words.at(Words.PLACES, o / Words.AREAS.size()) : ""))
                    .ref("sp:classification", "spk:class-public")
                    .ref("sp:obligationKind", "spk:obligation-" + kind)
                    .str("dcterms:source", "Instrument number " + (1000 + o))
                    .ref("sp:issuingAuthority", id("EP", (o % 2) + PARTY_KINDS.length * random.nextInt(
                            Math.max(1, n.externalParties() / PARTY_KINDS.length)), n.externalParties()))
                    .ref("sp:liaisonRole", role(8));
            if (obligationAccepted[o]) {
                w.ref("sp:acceptedBy", role(ACCOUNTABLE))
                        .str("sp:justification", "Met by the sector-wide arrangements; accepted without a control.");
            }
            w.end();
            count("Obligation");
        }
    }

    private void writeRisks(TurtleWriter w, int from, int to, int[] treatmentNumber, int[] acceptanceNumber,
                            List<String[]> treatments) {
        int acceptEvery = Math.max(1, n.risks() / Math.max(1, n.acceptances()));
        int totalTreatments = n.risks() * 2;
        for (int r = from; r < to; r++) {
            int asset = random.nextInt(n.assets());
            int inL;
            int inC;
            int resL;
            int resC;
            if (riskCatastrophic[r]) {
                inL = 1;
                inC = 5;
                resL = 1;
                resC = 4;
            } else {
                do {
                    inL = 1 + random.nextInt(5);
                    inC = 1 + random.nextInt(5);
                } while (inL == 1 && inC == 5);
                resL = 1 + random.nextInt(inL);
                resC = Math.max(1, inC - random.nextInt(2));
                if (resL == 1 && resC == 5) {
                    resC = 4;
                }
            }
            int freq = 1 + random.nextInt(3);
            LocalDate reviewed = AS_OF.minusDays(1 + random.nextInt(FREQUENCY_SAFE_DAYS[freq] - 3));
            List<String> affects = new ArrayList<>(List.of(id("A", asset, n.assets())));
            if (random.nextInt(3) == 0) {
                String second = id("A", random.nextInt(n.assets()), n.assets());
                if (!affects.contains(second)) {
                    affects.add(second);
                }
            }
            List<String> threatens = new ArrayList<>();
            threatens.add(id("OBJ", r < n.objectives() ? r : random.nextInt(n.objectives()), n.objectives()));
            List<String> treatedBy = new ArrayList<>();
            // the first treatment always names a working control: no risk is left over its acceptance level
            int first = treatmentNumber[0]++;
            treatedBy.add(id("T", first, totalTreatments));
            List<String> controls = new ArrayList<>();
            controls.add(id("C", usable[random.nextInt(usable.length)], n.controls()));
            if (random.nextBoolean()) {
                String other = id("C", random.nextInt(n.controls()), n.controls());
                if (!controls.contains(other)) {
                    controls.add(other);
                }
            }
            String riskLabel = Words.at(Words.THREATS, r) + " " + lower(assetLabel(asset));
            treatments.add(new String[] {id("T", first, totalTreatments), idText("T", first, totalTreatments),
                random.nextBoolean() ? "change-likelihood" : "change-consequence", String.join(" , ", controls),
                "Reduce: " + lower(riskLabel)});
            if (random.nextInt(4) == 0) {
                int second = treatmentNumber[0]++;
                treatedBy.add(id("T", second, totalTreatments));
                boolean transfer = random.nextBoolean();
                treatments.add(new String[] {id("T", second, totalTreatments), idText("T", second, totalTreatments),
                    transfer ? "transfer" : "share", null, "Insure or share: " + lower(riskLabel),
                    id("EP", 3 + PARTY_KINDS.length * random.nextInt(Math.max(1, n.externalParties()
                            / PARTY_KINDS.length)), n.externalParties())});
            }
            int vulnerability = assetFirstVulnerability[asset];
            w.subject(id("R", r, n.risks()), "sp:Risk")
                    .str("dcterms:identifier", idText("R", r, n.risks()))
                    .str("rdfs:label", riskLabel)
                    .str("dcterms:description", "The service at " + siteLabel(assetSite[asset]) + " is interrupted "
                            + "or its information exposed; recovery takes days.");
            classify(w, 30, 5);
            w.ref("sp:riskSource", id("RS", random.nextInt(n.riskSources()), n.riskSources()))
                    .refs("sp:affects", affects);
            if (vulnerability >= 0) {
                w.ref("sp:exploits", id("V", vulnerability, n.vulnerabilities()));
            }
            w.refs("sp:threatens", threatens)
                    .ref("sp:inherentLikelihood", "spk:likelihood-" + inL)
                    .ref("sp:inherentConsequence", "spk:consequence-" + inC)
                    .ref("sp:residualLikelihood", "spk:likelihood-" + resL)
                    .ref("sp:residualConsequence", "spk:consequence-" + resC)
                    .ref("sp:owner", role(operationalRole()))
                    .ref("sp:assessor", role(operationalRole()))
                    .date("sp:assessedOn", reviewed.minusDays(random.nextInt(200)))
                    .duration("sp:reviewFrequency", FREQUENCIES[freq])
                    .date("sp:lastReviewed", reviewed)
                    .refs("sp:treatedBy", treatedBy);
            boolean accepted = r % acceptEvery == acceptEvery - 1 && acceptanceNumber[0] < n.acceptances();
            int acceptance = accepted ? acceptanceNumber[0]++ : -1;
            if (accepted) {
                w.ref("sp:acceptance", id("RA", acceptance, n.acceptances()));
            }
            w.end();
            count("Risk");
            if (accepted) {
                String level = riskLevel(resL, resC);
                int acceptor = random.nextInt(3);
                if (acceptor == ACCOUNTABLE && level.equals("spk:risk-extreme")) {
                    acceptor = 0; // above the accountable executive's ceiling: the board accepts it
                }
                w.subject(id("RA", acceptance, n.acceptances()), "sp:RiskAcceptance")
                        .str("dcterms:identifier", idText("RA", acceptance, n.acceptances()))
                        .str("rdfs:label", "Acceptance of the residual risk: " + lower(riskLabel))
                        .ref("sp:acceptedBy", role(acceptor))
                        .ref("sp:acceptedResidualLevel", level)
                        .refs("sp:acceptedTreatment", treatedBy)
                        .date("sp:acceptedOn", AS_OF.minusDays(1 + random.nextInt(200)))
                        .date("sp:acceptedUntil", AS_OF.plusDays(30 + random.nextInt(300)))
                        .str("sp:rationale", "Further controls would cost more than the harm they prevent.")
                        .end();
                count("RiskAcceptance");
            }
        }
    }

    private void writeTreatments(TurtleWriter w, List<String[]> treatments) {
        for (String[] t : treatments) {
            w.subject(t[0], "sp:Treatment")
                    .str("dcterms:identifier", t[1])
                    .str("rdfs:label", t[4])
                    .ref("sp:option", "spk:option-" + t[2]);
            if (t[3] != null) {
                w.ref("sp:implementedBy", t[3]);
            }
            if (t.length > 5) {
                w.ref("sp:counterparty", t[5]);
            }
            w.str("sp:rationale", "The most cost-effective option for this risk.").end();
            count("Treatment");
        }
    }

    private void writeMeasures(TurtleWriter w) {
        String[] levels = {"low", "moderate", "substantial", "severe", "critical"};
        for (int g = 0; g < levels.length; g++) {
            List<String> activates = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                String c = id("C", usable[random.nextInt(usable.length)], n.controls());
                if (!activates.contains(c)) {
                    activates.add(c);
                }
            }
            w.subject(id("GM", g, levels.length), "sp:GraduatedMeasure")
                    .str("dcterms:identifier", idText("GM", g, levels.length))
                    .str("rdfs:label", "Security posture at threat level " + levels[g])
                    .ref("sp:threatLevel", "spk:threat-" + levels[g])
                    .refs("sp:activates", activates)
                    .end();
            count("GraduatedMeasure");
        }
        for (int a = 0; a < n.agencyAgreements(); a++) {
            w.subject(id("AG", a, n.agencyAgreements()), "sp:AgencyAgreement")
                    .str("dcterms:identifier", idText("AG", a, n.agencyAgreements()))
                    .str("rdfs:label", "Information-sharing protocol with " + Words.at(Words.PARTY_NAMES, a));
            classify(w, 50, 0);
            w.ref("sp:counterparty", id("EP", 2 + PARTY_KINDS.length * random.nextInt(Math.max(1,
                            n.externalParties() / PARTY_KINDS.length)), n.externalParties()))
                    .str("sp:purpose", "Exchange of threat information and priority response to alarms.")
                    .date("sp:validUntil", AS_OF.plusDays(100 + random.nextInt(700)))
                    .end();
            count("AgencyAgreement");
        }
    }

    private void writeControls(TurtleWriter w, int domain) {
        int policies = Math.max(1, n.documents());
        for (int c = 0; c < n.controls(); c++) {
            if (domainOf(controlTopic[c]) != domain) {
                continue;
            }
            String topic = topicName(controlTopic[c]);
            String label = capitalize(topic.replace('-', ' ')) + " control " + (c + 1) + " for "
                    + Words.at(Words.PLACES, c);
            w.subject(id("C", c, n.controls()), "sp:Control")
                    .str("dcterms:identifier", idText("C", c, n.controls()))
                    .str("rdfs:label", label)
                    .str("dcterms:description", "Keeps " + topic.replace('-', ' ') + " under control at the sites it "
                            + "covers; its owner checks it every month.");
            classify(w, 20, 3);
            w.ref("sp:domain", "spk:domain-" + TOPICS[domain][0])
                    .ref("sp:topic", "spk:topic-" + topic)
                    .ref("sp:controlType", "spk:type-" + CONTROL_TYPES[c % CONTROL_TYPES.length])
                    .ref("sp:owner", role(operationalRole()))
                    .ref("sp:providesProtectionLevel", "spk:protection-" + controlProtection[c])
                    .ref("sp:status", "spk:status-" + STATUS[controlStatus[c]]);
            if (controlEffectiveness[c] != null) {
                w.ref("sp:effectiveness", "spk:effectiveness-" + controlEffectiveness[c]);
            }
            if (controlStatus[c] != PLANNED) {
                w.str("sp:selectionRationale", "Chosen because it addresses the " + topic.replace('-', ' ')
                        + " risks at the lowest cost.");
            }
            w.ref("sp:policy", id("DOC", c % policies == 1 ? 0 : c % policies, n.documents()));
            List<String> procedures = new ArrayList<>();
            controlProcedures.get(c).forEach(p -> procedures.add(id("PROC", p, n.procedures())));
            w.refs("sp:procedure", procedures)
                    .ref("sp:operationMode", c % 5 == 0 ? "spk:mode-intervention" : "spk:mode-maintenance");
            List<String> protects = new ArrayList<>();
            controlProtects.get(c).forEach(a -> protects.add(id("A", a, n.assets())));
            List<String> satisfies = new ArrayList<>();
            controlSatisfies.get(c).forEach(o -> satisfies.add(id("OBL", o, n.obligations())));
            w.refs("sp:protects", protects)
                    .refs("sp:satisfies", satisfies)
                    .duration("sp:testFrequency", controlTestFrequency[c])
                    .end();
            count("Control");
        }
    }

    private void writeAssurance(TurtleWriter w) {
        int records = 0;
        for (int c = 0; c < n.controls(); c++) {
            if (controlStatus[c] == TESTED) {
                records += 2;
            } else if (controlStatus[c] == IMPLEMENTED) {
                records += 1;
            }
        }
        int record = 0;
        String[] results = {"effective", "partial", "ineffective"};
        for (int c = 0; c < n.controls(); c++) {
            if (controlStatus[c] != TESTED && controlStatus[c] != IMPLEMENTED) {
                continue;
            }
            int safe = controlTestFrequency[c].equals("P6M") ? 175 : 360;
            LocalDate latest = AS_OF.minusDays(1 + random.nextInt(safe - 5));
            int count = controlStatus[c] == TESTED ? 2 : 1;
            for (int k = count - 1; k >= 0; k--) {
                LocalDate date = latest.minusDays(400L * k);
                String result = k == 0 && controlEffectiveness[c] != null ? controlEffectiveness[c]
                        : results[random.nextInt(k == 0 ? 2 : 3)];
                w.subject(id("TR", record, records), "sp:TestRecord")
                        .str("dcterms:identifier", idText("TR", record, records))
                        .str("rdfs:label", "Test of the " + lower(controlLabel(c)) + " on " + date)
                        .ref("sp:tests", id("C", c, n.controls()))
                        .date("dcterms:date", date)
                        .str("sp:method", Words.at(Words.METHODS, c + k))
                        .ref("sp:tester", role(AUDIT))
                        .ref("sp:result", "spk:effectiveness-" + result)
                        .str("sp:evidence", "Assurance library: test sheet and evidence pack of " + date + ".")
                        .end();
                count("TestRecord");
                record++;
            }
        }
        int monitored = 0;
        for (int c = 0; c < n.controls(); c++) {
            if (controlStatus[c] == TESTED || controlStatus[c] == IMPLEMENTED) {
                monitored++;
            }
        }
        int m = 0;
        for (int c = 0; c < n.controls(); c++) {
            if (controlStatus[c] != TESTED && controlStatus[c] != IMPLEMENTED) {
                continue;
            }
            w.subject(id("MON", m, monitored), "sp:MonitoringActivity")
                    .str("dcterms:identifier", idText("MON", m, monitored))
                    .str("rdfs:label", "Monitoring of the " + lower(controlLabel(c)))
                    .ref("sp:monitors", id("C", c, n.controls()))
                    .duration("sp:frequency", FREQUENCIES[c % 3])
                    .str("sp:indicator", Words.at(Words.INDICATORS, c))
                    .end();
            count("MonitoringActivity");
            m++;
        }
    }

    private void writeContingency(TurtleWriter w) {
        for (int p = 0; p < n.contingencyPlans(); p++) {
            List<String> risks = new ArrayList<>();
            contingencyRisks.get(p).forEach(r -> risks.add(id("R", r, n.risks())));
            w.subject(id("CP", p, n.contingencyPlans()), "sp:ContingencyPlan")
                    .str("dcterms:identifier", idText("CP", p, n.contingencyPlans()))
                    .str("rdfs:label", "Contingency plan for a major incident at " + siteLabel(p % n.sites()));
            classify(w, 40, 0);
            w.str("sp:triggeringScenario", "A credible threat, an alarm or evidence of tampering at the site.")
                    .refs("sp:addressesRisk", risks)
                    .ref("sp:activationAuthority", role(CEO))
                    .strs("sp:step", List.of("1. Isolate the affected part of the site and switch supply.",
                            "2. Call the police and preserve the scene.",
                            "3. Brief the crisis team and decide on public advice."))
                    .date("sp:lastExercised", AS_OF.minusDays(1 + random.nextInt(300)))
                    .duration("sp:exerciseFrequency", "P1Y")
                    .end();
            count("ContingencyPlan");
        }
    }

    private void writeActivities(TurtleWriter w) {
        String[] kinds = {"maintenance", "intervention", "review", "exercise"};
        for (int a = 0; a < n.activities(); a++) {
            String kind = kinds[a % kinds.length];
            String concerns = switch (kind) {
                case "exercise" -> id("CP", random.nextInt(n.contingencyPlans()), n.contingencyPlans());
                case "review" -> id("R", random.nextInt(n.risks()), n.risks());
                default -> id("C", usable[random.nextInt(usable.length)], n.controls());
            };
            boolean recurring = random.nextInt(10) < 6;
            w.subject(id("ACT", a, n.activities()), "sp:Activity")
                    .str("dcterms:identifier", idText("ACT", a, n.activities()))
                    .str("rdfs:label", capitalize(kind) + " at " + siteLabel(a % n.sites()))
                    .ref("sp:activityKind", "spk:activity-" + kind)
                    .ref("sp:concerns", concerns)
                    .ref("sp:responsibleRole", role(operationalRole()));
            if (recurring) {
                int f = random.nextInt(FREQUENCIES.length);
                LocalDate done = AS_OF.minusDays(random.nextInt(FREQUENCY_SAFE_DAYS[f] - 3));
                w.date("sp:dueDate", done.plusDays(FREQUENCY_SAFE_DAYS[f]))
                        .duration("sp:recurrence", FREQUENCIES[f])
                        .date("sp:completedOn", done);
            } else if (random.nextInt(5) == 0) {
                LocalDate due = AS_OF.minusDays(10 + random.nextInt(100));
                w.date("sp:dueDate", due).date("sp:completedOn", due.minusDays(random.nextInt(10)));
            } else {
                w.date("sp:dueDate", AS_OF.plusDays(1 + random.nextInt(400)));
            }
            w.end();
            count("Activity");
        }
    }

    private void writePages(Path out, List<String> files) throws IOException {
        page(out, "introduction", files, List.of(
                "= Synthetic Utility Protective Security Plan",
                ":classification: internal",
                "",
                "== Purpose",
                "",
                "This plan was generated by `secplan synth` to test secplan at scale. It describes a fictional",
                "water utility with " + n.sites() + " sites, " + n.assets() + " assets, " + n.risks() + " risks and "
                        + n.controls() + " controls.",
                "It follows the four parts of a security plan: governance, management of risk, security controls",
                "and the security controls process.",
                "",
                "== Sites",
                ""));
        List<String> sites = new ArrayList<>(List.of("= Our sites", ":classification: internal", "",
                "Every site the plan covers, by region.", "", "[cols=\"1,3\"]", "|===", "| No. | Site", ""));
        for (int s = 0; s < n.sites(); s++) {
            sites.add("| " + (s + 1) + " | " + siteLabel(s));
        }
        sites.add("|===");
        page(out, "sites", files, sites);
        page(out, "how-to-read", files, List.of(
                "= How to read this plan",
                ":classification: public",
                "",
                "== Following the chain",
                "",
                "A security objective is threatened by risks; each risk affects assets and is treated by",
                "treatments; each treatment is carried out by controls; each control is owned by a role.",
                "",
                "== Classification",
                "",
                "Each item is *public*, *internal*, *restricted* or *secret*. Items without their own marking",
                "are internal. Each audience sees only what it is cleared for."));
        page(out, "context", files, List.of(
                "= Context of the organization",
                ":classification: internal",
                "",
                "The utility works under growing pressure from organised crime, activism, severe weather and",
                "ageing infrastructure. Its suppliers are few and some of them are critical.",
                "",
                "NOTE: The figures in this plan are synthetic; names of places and people are invented."));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------------------------

    private void classify(TurtleWriter w, int restrictedPercent, int secretPercent) {
        int r = random.nextInt(100);
        if (r < secretPercent) {
            w.ref("sp:classification", "spk:class-secret");
        } else if (r < secretPercent + restrictedPercent) {
            w.ref("sp:classification", "spk:class-restricted");
        }
    }

    private int operationalRole() {
        return FIXED_ROLES / 2 + random.nextInt(n.roles() - FIXED_ROLES / 2);
    }

    /** The level the default 5 x 5 matrix gives a likelihood and a consequence rank (their product). */
    private static String riskLevel(int likelihood, int consequence) {
        int score = likelihood * consequence;
        return score <= 3 ? "spk:risk-low" : score <= 6 ? "spk:risk-medium" : score <= 12 ? "spk:risk-high"
                : "spk:risk-extreme";
    }

    private String role(int r) {
        return id("ROLE", r, n.roles());
    }

    private String siteLabel(int s) {
        String label = Words.at(Words.PLACES, s) + " " + Words.at(Words.SITE_KINDS, s / Words.PLACES.size() + s);
        int round = s / (Words.PLACES.size() * Words.SITE_KINDS.size());
        return round == 0 ? label : label + " " + (round + 1);
    }

    private String assetLabel(int a) {
        String base = assetTangible[a] ? Words.at(Words.TANGIBLE, a) + " at " + siteLabel(assetSite[a])
                : Words.at(Words.INTANGIBLE, a) + " of " + Words.at(Words.AREAS, a / Words.INTANGIBLE.size());
        return capitalize(base);
    }

    private String controlLabel(int c) {
        return capitalize(topicName(controlTopic[c]).replace('-', ' ')) + " control " + (c + 1) + " for "
                + Words.at(Words.PLACES, c);
    }

    private static int topicCount() {
        int count = 0;
        for (String[] d : TOPICS) {
            count += d.length - 1;
        }
        return count;
    }

    private static int domainOf(int topic) {
        int t = topic;
        for (int d = 0; d < TOPICS.length; d++) {
            if (t < TOPICS[d].length - 1) {
                return d;
            }
            t -= TOPICS[d].length - 1;
        }
        throw new IllegalArgumentException("no topic " + topic);
    }

    private static String topicName(int topic) {
        int t = topic;
        for (String[] d : TOPICS) {
            if (t < d.length - 1) {
                return d[t + 1];
            }
            t -= d.length - 1;
        }
        throw new IllegalArgumentException("no topic " + topic);
    }

    /**
     * Top management endorses each plan's content as a real plan's would be: through {@code secplan endorse}, which
     * records the content digest beside the plan's own endorsement records and keeps the snapshot in endorsed/.
     */
    private void endorse(Path out, List<String> files) {
        try (org.secplan.Secplan secplan = org.secplan.Secplan.open()) {
            org.secplan.plan.PlanGraph plan = secplan.load(out);
            org.secplan.control.Endorser.Result last = null;
            for (String[] e : endorsements) {
                last = secplan.endorse(plan, new org.secplan.control.Endorser.Request(e[0], e[1], AS_OF.minusDays(280),
                        null, null));
            }
            if (last != null) {
                files.add(org.secplan.control.Endorser.RECORDS);
                files.add(out.toAbsolutePath().normalize().relativize(last.snapshot()).toString().replace('\\', '/'));
            }
        }
    }

    private static String id(String prefix, int index, int count) {
        return ":" + idText(prefix, index, count);
    }

    private static String idText(String prefix, int index, int count) {
        int width = Math.max(3, Integer.toString(count).length());
        String number = Integer.toString(index + 1);
        return prefix + "-" + "0".repeat(Math.max(0, width - number.length())) + number;
    }

    private static String two(int number) {
        return number < 10 ? "0" + number : Integer.toString(number);
    }

    private static int chunks(int total, int perChunk) {
        return Math.max(1, (total + perChunk - 1) / perChunk);
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static <T> List<List<T>> lists(int size) {
        List<List<T>> lists = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    private void count(String kind) {
        entityCounts.merge(kind, 1, Integer::sum);
    }

    private interface FileBody {
        void write(TurtleWriter w) throws IOException;
    }

    private void ttl(Path out, String name, List<String> files, String comment, FileBody body) throws IOException {
        Path path = out.resolve(name);
        Files.createDirectories(path.getParent());
        try (TurtleWriter w = new TurtleWriter(open(path))) {
            w.comment("Synthetic security plan (secplan synth): " + comment)
                    .blankLine()
                    .prefix("", NS)
                    .prefix("sp", "https://w3id.org/secplan/ns#")
                    .prefix("spk", "https://w3id.org/secplan/concept/")
                    .prefix("dcterms", "http://purl.org/dc/terms/")
                    .prefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                    .prefix("xsd", "http://www.w3.org/2001/XMLSchema#")
                    .prefix("org", "http://www.w3.org/ns/org#")
                    .blankLine();
            body.write(w);
        }
        files.add(name);
    }

    private void file(Path out, String name, List<String> files, Consumer<Writer> body) throws IOException {
        try (Writer w = open(out.resolve(name))) {
            body.accept(w);
        }
        files.add(name);
    }

    private void page(Path out, String name, List<String> files, List<String> lines) throws IOException {
        String relative = "pages/" + name + ".adoc";
        Path path = out.resolve(relative);
        Files.createDirectories(path.getParent());
        try (Writer w = open(path)) {
            for (String l : lines) {
                line(w, l);
            }
        }
        files.add(relative);
    }

    private static Writer open(Path path) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8),
                1 << 16);
    }

    private static void line(Writer w, String text) {
        try {
            w.write(text);
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
