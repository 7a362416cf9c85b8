package org.secplan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secplan.TestSecplan.secplan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.check.Finding;
import org.secplan.render.SiteFixtures;
import org.secplan.site.SitePaths;

/**
 * Need-to-know fails closed. Everything a plan defines takes its own level or the plan's default, whatever it is and
 * wherever its IRI lies — its SKOS concepts and schemes, a risk that is also a concept, a subject in a W3C or in
 * secplan's namespace, its own checks — and a plan that sets no default treats what it leaves unclassified as the
 * highest level. Each case plants canaries in the small site test plan; every byte and every file name of each lower
 * edition is scanned for them, and the edition that may read them must hold every one, so the scan sees something.
 */
class FailClosedEditionsTest {
    @TempDir
    static Path work;

    private static final Pattern CANARY = Pattern.compile("(?i)canary-[a-z0-9-]*5d1e");

    private static final String AUDIENCES = """
            @prefix : <https://plan.site-test.example/#> .
            @prefix sp: <https://w3id.org/secplan/ns#> .
            @prefix spk: <https://w3id.org/secplan/concept/> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            :aud-public a sp:Audience ; dcterms:identifier "public" ; sp:maxClassification spk:class-public .
            :aud-staff a sp:Audience ; dcterms:identifier "staff" ; sp:maxClassification spk:class-internal .
            :aud-team a sp:Audience ; dcterms:identifier "team" ; sp:maxClassification spk:class-secret .
            """;

    private static final String PREFIXES = """
            @prefix : <https://plan.site-test.example/#> .
            @prefix sp: <https://w3id.org/secplan/ns#> .
            @prefix spk: <https://w3id.org/secplan/concept/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            """;

    /** An entity every edition may read: the checks below report on it, so only a check's own level can hide them. */
    private static final String PUBLIC_ASSET = """
            :visitor-centre a sp:TangibleAsset ; dcterms:identifier "A-PUBLIC" ; rdfs:label "Visitor centre PUBLIC-ASSET" ;
                sp:classification spk:class-public ; sp:criticality spk:criticality-2 ; sp:owner :security-manager ;
                sp:requiredProtectionLevel spk:protection-1 .
            """;

    /**
     * Planted in a plan whose default level is Internal: the staff edition may read these, the public one not. Each
     * is written as the scan finds it: an identifier such as R-CANARY-RISK-5d1e from its "CANARY" on, a check id (a
     * file name) in lower case.
     */
    private static final List<String> INTERNAL = List.of("CANARY-SCHEME-5d1e", "CANARY-CONCEPT-5d1e",
            "CANARY-SECPLAN-NAMESPACE-5d1e", "CANARY-RISK-CONCEPT-5d1e", "CANARY-RISK-5d1e",
            "CANARY-W3C-NAMESPACE-5d1e", "CANARY-W3C-5d1e", "canary-default-check-5d1e",
            "CANARY-DEFAULT-CHECK-TITLE-5d1e", "CANARY-DEFAULT-CHECK-MESSAGE-5d1e");
    /** Planted at Secret, or at a level the scheme does not know: only the team edition may read these. */
    private static final List<String> SECRET = List.of("CANARY-SECRET-SCHEME-5d1e", "CANARY-SECRET-CONCEPT-5d1e",
            "canary-secret-shape-5d1e", "CANARY-SHAPE-TITLE-5d1e", "CANARY-SHAPE-MESSAGE-5d1e",
            "canary-secret-query-5d1e", "CANARY-QUERY-TITLE-5d1e", "CANARY-QUERY-MESSAGE-5d1e",
            "canary-unknown-level-5d1e", "CANARY-UNKNOWN-LEVEL-TITLE-5d1e");
    /** Planted unclassified in a plan that sets no default level: only the team edition may read these. */
    private static final List<String> UNCLASSIFIED = List.of("CANARY-UNCLASSIFIED-LESSON-5d1e", "CANARY-5d1e",
            "CANARY-UNMARKED-PAGE-5d1e", "CANARY-UNMARKED-TEXT-5d1e");

    private static BuildOutcome classified;
    private static BuildOutcome noDefault;

    @BeforeAll
    static void buildBothPlans() throws IOException {
        classified = build(classifiedPlan(work.resolve("classified/plan")), work.resolve("classified/site"));
        noDefault = build(planWithoutDefault(work.resolve("no-default/plan")), work.resolve("no-default/site"));
    }

    /** (a) to (d): the site test plan, default level Internal, with concepts, odd subjects and checks of its own. */
    private static Path classifiedPlan(Path dir) throws IOException {
        Path plan = SiteFixtures.copy(SiteFixtures.testPlan(), dir);
        Files.writeString(plan.resolve("audiences.ttl"), AUDIENCES);
        Files.writeString(plan.resolve("own-terms.ttl"), PREFIXES + PUBLIC_ASSET + """
                # (a) the plan's own concept scheme and concepts, without a level: the plan default
                :canary-scheme a skos:ConceptScheme ; skos:prefLabel "CANARY-SCHEME-5d1e" .
                :canary-concept a skos:Concept ; skos:prefLabel "CANARY-CONCEPT-5d1e" ; skos:inScheme :canary-scheme .
                # ... a concept of the plan's in secplan's own namespace is the plan's all the same
                spk:canary-invented a skos:Concept ; skos:prefLabel "CANARY-SECPLAN-NAMESPACE-5d1e" ;
                    skos:inScheme :canary-scheme .
                # ... and with a level, that level
                :secret-scheme a skos:ConceptScheme ; skos:prefLabel "CANARY-SECRET-SCHEME-5d1e" ;
                    sp:classification spk:class-secret .
                :secret-concept a skos:Concept ; skos:prefLabel "CANARY-SECRET-CONCEPT-5d1e" ;
                    skos:inScheme :secret-scheme ; sp:classification spk:class-secret .
                # a scheme the plan marks public is on the public vocabulary page
                :open-scheme a skos:ConceptScheme ; skos:prefLabel "Open scheme PUBLIC-SCHEME" ;
                    sp:classification spk:class-public .
                :open-concept a skos:Concept ; skos:prefLabel "PUBLIC-CONCEPT" ; skos:inScheme :open-scheme ;
                    sp:classification spk:class-public .

                # (b) a risk that is also a concept
                :canary-risk a sp:Risk, skos:Concept ; dcterms:identifier "R-CANARY-RISK-5d1e" ;
                    rdfs:label "CANARY-RISK-CONCEPT-5d1e" ; sp:riskSource :river ; sp:affects :pump-station ;
                    sp:threatens :obj-supply ; sp:inherentLikelihood spk:likelihood-5 ;
                    sp:inherentConsequence spk:consequence-5 ; sp:owner :security-manager .

                # (c) a plan subject in a W3C namespace
                <http://www.w3.org/ns/org#evil> a sp:TangibleAsset ; dcterms:identifier "A-CANARY-W3C-5d1e" ;
                    rdfs:label "CANARY-W3C-NAMESPACE-5d1e" ; sp:owner :security-manager .
                """);
        // (d) the plan's own checks, each reporting on the public asset
        Files.createDirectories(plan.resolve("checks"));
        Files.writeString(plan.resolve("checks/canary-secret-shape-5d1e.ttl"), PREFIXES + """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix clause: <https://w3id.org/secplan/clause/> .
                :canary-secret-shape a sh:NodeShape ; sp:checkId "canary-secret-shape-5d1e" ;
                    sp:classification spk:class-secret ;
                    sp:clause clause:5.3.3 ; sh:severity sh:Warning ;
                    rdfs:label "CANARY-SHAPE-TITLE-5d1e" ; sh:message "CANARY-SHAPE-MESSAGE-5d1e" ;
                    sh:targetNode :visitor-centre ;
                    sh:property [ sh:path sp:description ; sh:minCount 1 ] .
                """);
        Files.writeString(plan.resolve("checks/canary-secret-query-5d1e.rq"), query("canary-secret-query-5d1e",
                "# classification: secret\n", "CANARY-QUERY-TITLE-5d1e", "CANARY-QUERY-MESSAGE-5d1e"));
        Files.writeString(plan.resolve("checks/canary-default-check-5d1e.rq"), query("canary-default-check-5d1e",
                "", "CANARY-DEFAULT-CHECK-TITLE-5d1e", "CANARY-DEFAULT-CHECK-MESSAGE-5d1e"));
        Files.writeString(plan.resolve("checks/canary-unknown-level-5d1e.rq"), query("canary-unknown-level-5d1e",
                "# classification: cosmic-top-secret\n", "CANARY-UNKNOWN-LEVEL-TITLE-5d1e", "no description"));
        return plan;
    }

    private static String query(String id, String classification, String title, String message) {
        return "# id: " + id + "\n# clause: 5.3.3\n# severity: WARNING\n" + classification + "# title: " + title
                + "\nSELECT ?focus ?message WHERE {\n  BIND(<https://plan.site-test.example/#visitor-centre> AS ?focus)\n"
                + "  BIND(\"" + message + "\" AS ?message)\n}\n";
    }

    /** (e): the site test plan without its sp:defaultClassification, with an unclassified element and page. */
    private static Path planWithoutDefault(Path dir) throws IOException {
        Path plan = SiteFixtures.copy(SiteFixtures.testPlan(), dir);
        Path main = plan.resolve("plan.ttl");
        String text = Files.readString(main, StandardCharsets.UTF_8);
        String line = "    sp:defaultClassification spk:class-internal ;\n";
        assertTrue(text.contains(line), "the site test plan sets a default level");
        Files.writeString(main, text.replace(line, ""), StandardCharsets.UTF_8);
        Files.writeString(plan.resolve("audiences.ttl"), AUDIENCES);
        Files.writeString(plan.resolve("unclassified.ttl"), PREFIXES + PUBLIC_ASSET + """
                :canary-lesson a sp:LessonLearned ; dcterms:identifier "LL-CANARY-5d1e" ;
                    rdfs:label "CANARY-UNCLASSIFIED-LESSON-5d1e" ; dcterms:date "2026-05-02"^^<http://www.w3.org/2001/XMLSchema#date> .
                """);
        Files.writeString(plan.resolve("pages/unmarked.adoc"),
                "= CANARY-UNMARKED-PAGE-5d1e\n\nCANARY-UNMARKED-TEXT-5d1e, on a page without :classification:.\n");
        return plan;
    }

    private static BuildOutcome build(Path plan, Path site) {
        return secplan().build(BuildRequest.of(plan, site).withAsOf(SiteFixtures.AS_OF));
    }

    // ---------------------------------------------------------------------------------------- (a) to (d)

    @Test
    void nothingThePlanDefinesAboveTheirLevelReachesThePublicOrTheStaffEdition() throws IOException {
        assertEquals(Map.of(), canaries(edition(classified, "public")), "public: canaries by file");
        Map<String, List<String>> staff = canaries(edition(classified, "staff"));
        Set<String> aboveInternal = new TreeSet<>();
        staff.values().forEach(hits -> hits.stream().filter(h -> !contains(INTERNAL, h)).forEach(aboveInternal::add));
        assertEquals(Set.of(), aboveInternal, "staff: canaries above Internal, in " + staff.keySet());
    }

    @Test
    void theEditionsThatMayReadThemHoldEveryCanary() throws IOException {
        assertEquals(sorted(INTERNAL), found(edition(classified, "staff")), "staff holds every Internal canary");
        List<String> all = new ArrayList<>(INTERNAL);
        all.addAll(SECRET);
        assertEquals(sorted(all), found(edition(classified, "team")), "team holds every canary");
    }

    @Test
    void thePublicEditionStillHasWhatThePlanMarksPublicAndSecplansOwnChecks() throws IOException {
        Path site = edition(classified, "public");
        String vocabulary = Files.readString(site.resolve(SitePaths.VOCABULARY), StandardCharsets.UTF_8);
        assertTrue(vocabulary.contains("PUBLIC-CONCEPT"), "a concept the plan marks public is published");
        assertTrue(vocabulary.contains("control-has-owner"), "secplan's own checks are listed in every edition");
        String coverage = Files.readString(site.resolve(SitePaths.COVERAGE), StandardCharsets.UTF_8);
        assertTrue(coverage.contains("control-has-owner"));
        assertTrue(all(site).contains("PUBLIC-ASSET"));
        String risks = Files.readString(site.resolve(SitePaths.RISK_REGISTER), StandardCharsets.UTF_8);
        assertTrue(risks.contains("No risks are recorded."), "the risk typed as a concept is not counted either");
    }

    @Test
    void aClassifiedChecksFindingsAppearOnlyWhereItsLevelMayBeRead() {
        assertEquals(Set.of(), checkIds(editionOf(classified, "public")), "public");
        assertEquals(Set.of("canary-default-check-5d1e"), checkIds(editionOf(classified, "staff")), "staff");
        assertEquals(Set.of("canary-default-check-5d1e", "canary-secret-query-5d1e", "canary-secret-shape-5d1e",
                "canary-unknown-level-5d1e"), checkIds(editionOf(classified, "team")), "team");
    }

    @Test
    void aCheckOfAnUnknownLevelIsReportedInTheFullCheck() {
        List<Finding> unknown = classified.report().findings().stream()
                .filter(f -> f.checkId().equals("check-classification-is-known")).toList();
        assertEquals(1, unknown.size(), unknown.toString());
        assertEquals("checks/canary-unknown-level-5d1e.rq:4: unknown classification level 'cosmic-top-secret'; the "
                + "check is treated as the highest level, Secret: it and its findings appear only in the edition "
                + "that reads everything", unknown.get(0).message());
        assertTrue(noDefault(classified).isEmpty(), "the plan sets a default level");
    }

    // ---------------------------------------------------------------------------------------- (e)

    @Test
    void withoutADefaultLevelNothingUnclassifiedReachesALowerEdition() throws IOException {
        assertEquals(Map.of(), canaries(edition(noDefault, "public")), "public: canaries by file");
        assertEquals(Map.of(), canaries(edition(noDefault, "staff")), "staff: canaries by file");
        assertEquals(sorted(UNCLASSIFIED), found(edition(noDefault, "team")), "team holds every canary");
    }

    @Test
    void withoutADefaultLevelTheLowerEditionsHoldOnlyWhatThePlanClassified() throws IOException {
        for (String audience : List.of("public", "staff")) {
            Path site = edition(noDefault, audience);
            assertFalse(Files.exists(site.resolve("pages/overview.html")), audience + ": a page without a level");
            assertTrue(all(site).contains("PUBLIC-ASSET"), audience + ": the element classified public");
            assertTrue(Files.readString(site.resolve(SitePaths.RISK_REGISTER), StandardCharsets.UTF_8)
                    .contains("No risks are recorded."), audience + ": no unclassified risk");
        }
        assertTrue(Files.exists(edition(noDefault, "team").resolve("pages/overview.html")));
    }

    @Test
    void withoutADefaultLevelTheFullCheckSaysSoOnce() {
        List<Finding> findings = noDefault(noDefault);
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals("PLAN-HW", f.identifier());
        assertEquals("3.1", f.clause());
        assertEquals(org.secplan.base.Severity.WARNING, f.severity());
        assertTrue(f.message().contains("treated as the highest level, Secret"), f.message());
    }

    // ------------------------------------------------------------------------------------------------------------

    private static List<Finding> noDefault(BuildOutcome outcome) {
        return outcome.report().findings().stream()
                .filter(f -> f.checkId().equals("plan-has-default-classification")).toList();
    }

    private static Path edition(BuildOutcome outcome, String audience) {
        return editionOf(outcome, audience).site();
    }

    private static Edition editionOf(BuildOutcome outcome, String audience) {
        return outcome.editions().stream().filter(e -> e.audience().equals(audience)).findFirst().orElseThrow();
    }

    private static Set<String> checkIds(Edition edition) {
        Set<String> ids = new TreeSet<>();
        edition.report().findings().stream().map(Finding::checkId).filter(id -> id.startsWith("canary-"))
                .forEach(ids::add);
        return ids;
    }

    private static boolean contains(List<String> canaries, String hit) {
        return canaries.stream().anyMatch(c -> c.equalsIgnoreCase(hit));
    }

    private static List<String> sorted(List<String> canaries) {
        return canaries.stream().map(c -> c.toLowerCase(Locale.ROOT)).distinct().sorted().toList();
    }

    /** Every distinct canary in the edition, lower-cased, sorted. */
    private static List<String> found(Path edition) throws IOException {
        Set<String> all = new TreeSet<>();
        canaries(edition).values().forEach(hits -> hits.forEach(h -> all.add(h.toLowerCase(Locale.ROOT))));
        return List.copyOf(all);
    }

    /** Every canary in the edition, by file; file and directory names are searched too. */
    private static Map<String, List<String>> canaries(Path edition) throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(edition)) {
            for (Path f : files.toList()) {
                String rel = edition.relativize(f).toString();
                String text = Files.isRegularFile(f)
                        ? rel + "\n" + new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1) : rel;
                Matcher m = CANARY.matcher(text);
                List<String> hits = new ArrayList<>();
                while (m.find()) {
                    hits.add(m.group());
                }
                if (!hits.isEmpty()) {
                    out.put(rel.isEmpty() ? "." : rel, hits);
                }
            }
        }
        return out;
    }

    private static String all(Path site) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                text.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return text.toString();
    }
}
