package org.secplan.site;

import org.secplan.plan.Vocabulary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.secplan.check.CheckReport;
import org.secplan.plan.Entity;

import static org.secplan.plan.Vocabulary.sp;
import static org.secplan.plan.Vocabulary.spk;

/**
 * The four parts of the plan (clause 5.1): one page each, with a section per clause presenting what the clause asks
 * the plan to show. Long lists live in the registers; a part page links to them. A table that outgrows a list page
 * shows its first rows here and continues in a full list of its own (see {@link FullLists}), so that a part page
 * stays the same size however large the plan.
 */
final class PartPages {
    /** One part of the plan: its page, its clause and its name. */
    private record Part(String path, String clause, String title) {
        String navKey() {
            return "part-" + clause;
        }
    }

    private static final Part GOVERNANCE = new Part(SitePaths.GOVERNANCE, "5.2", "Governance");
    private static final Part RISK = new Part(SitePaths.RISK, "5.3", "Management of risk");
    private static final Part CONTROLS = new Part(SitePaths.CONTROLS, "5.4", "Security controls");
    private static final Part PROCESS = new Part(SitePaths.PROCESS, "5.5", "Security controls process");

    private final Fmt fmt;
    private final PlanIndex index;
    private final CheckReport report;
    private final Paging paging;
    private final FullLists lists;
    private final SummaryLists summary;

    PartPages(Fmt fmt, CheckReport report, Paging paging, FullLists lists, SummaryLists summary) {
        this.fmt = fmt;
        this.index = fmt.index();
        this.report = report;
        this.paging = paging;
        this.lists = lists;
        this.summary = summary;
    }

    List<Page> pages() {
        return List.of(governance(), risk(), controls(), process());
    }

    private Page part(Part part, StringBuilder body) {
        return new Page(part.path(), part.clause() + " " + part.title(), part.navKey(),
                List.of(new Crumb("Home", SitePaths.HOME)), body.toString(), null, "Part of the plan", null, null, null);
    }

    /**
     * A table of a part's section: whole while it fits a list page, else its first rows and a link to its full list
     * {@code registers/<name>.html}.
     */
    private String table(Part part, String clause, String name, String title, String what, Tables t, String whenEmpty) {
        String intro = Adoc.text("The full table of section") + " " + Adoc.link(SitePaths.clause(clause), clause) + " "
                + Adoc.text("of the plan.") + "\n\n";
        return lists.preview(new FullLists.FullList(SitePaths.fullList(name), title, what, part.navKey(),
                List.of(new Crumb("Home", SitePaths.HOME), new Crumb(part.clause() + " " + part.title(), part.path())),
                intro, t, whenEmpty));
    }

    private String clauseTitle(String number, String fallback) {
        return index.clause(number).map(PlanIndex.ClauseInfo::title).filter(t -> !t.isBlank()).orElse(fallback);
    }

    private void section(StringBuilder a, String number, String fallback) {
        a.append(Adoc.section(1, SitePaths.clauseAnchor(number), number + " " + clauseTitle(number, fallback)));
    }

    private static void para(StringBuilder a, String text) {
        a.append(Adoc.text(text)).append("\n\n");
    }

    private String more(int size, String path, String what) {
        return size > paging.preview() ? Paging.more(paging.preview(), size, path, what) : "";
    }

    private List<Entity> all(String local) {
        return index.ofType(sp(local));
    }

    private <T> List<T> head(List<T> l) {
        return l.size() > paging.preview() ? l.subList(0, paging.preview()) : l;
    }

    // ---------------------------------------------------------------- 5.2 Governance

    private Page governance() {
        StringBuilder a = new StringBuilder();
        para(a, "Governance sets what the plan is for, how far it reaches, who leads and answers for it, which "
                + "obligations bind it, how it is communicated, recorded, reported, evaluated and improved.");
        section(a, "5.2.1", "General");
        para(a, all("SecurityObjective").size() + " security objectives, " + all("Role").size() + " roles, "
                + all("Obligation").size() + " obligations and " + all("Evaluation").size()
                + " evaluation programme entries are recorded in this plan.");

        section(a, "5.2.2", "Security objectives");
        para(a, "Each objective with the business objectives it supports, the risks that threaten it and the "
                + "controls that protect it. Each objective's page draws its traceability tree.");
        Tables t = new Tables("1,3,2,1,1", "sp-table", "Identifier", "Objective", "Supports", "Risks", "Controls");
        for (Entity o : all("SecurityObjective")) {
            List<Entity> risks = index.linking(o.iri(), sp("threatens"));
            List<Entity> controls = new ArrayList<>();
            for (Entity r : risks) {
                for (Entity c : index.controlsOfRisk(r.iri())) {
                    if (!controls.contains(c)) {
                        controls.add(c);
                    }
                }
            }
            t.row(fmt.refId(o), Adoc.text(o.label()), fmt.iris(o.iri(), sp("supportsBusinessObjective")),
                    Adoc.text(String.valueOf(risks.size())), Adoc.text(String.valueOf(controls.size())));
        }
        a.append(table(GOVERNANCE, "5.2.2", "security-objectives", "Security objectives", "security objectives", t,
                "No security objectives are recorded."));

        section(a, "5.2.3", "Scope of the security plan");
        List<Entity> scopes = all("Scope");
        if (scopes.isEmpty()) {
            para(a, "No scope is recorded.");
        }
        for (Entity s : scopes) {
            a.append("*").append(Adoc.text("Scope")).append("* ").append(fmt.ref(s));
            String from = fmt.date(s.iri(), sp("validFrom"));
            String until = fmt.date(s.iri(), sp("validUntil"));
            if (!from.isEmpty() || !until.isEmpty()) {
                a.append(' ').append(Adoc.text("— valid from " + (from.isEmpty() ? "the start" : index.date(s.iri(),
                        sp("validFrom")).get()) + " until " + (until.isEmpty() ? "further notice"
                        : index.date(s.iri(), sp("validUntil")).get())));
            }
            a.append("\n\n");
            Tables st = new Tables("2,4,1,3", "sp-table", "Criterion", "Statement", "Applies", "Justification");
            List<Entity> statements = index.linked(s.iri(), sp("statement"));
            for (Entity stmt : statements) {
                boolean na = index.string(stmt.iri(), sp("notApplicable")).map(v -> v.equals("true")).orElse(false);
                st.row(fmt.conceptText(stmt.iri(), sp("criterion")), fmt.ref(stmt), Adoc.text(na ? "not applicable" : "yes"),
                        fmt.str(stmt.iri(), sp("justification")));
            }
            a.append(st.render("The scope has no statements."));
            Tables ex = new Tables("1,3,4", "sp-table", "Identifier", "Exclusion", "Justification");
            for (Entity x : index.linked(s.iri(), sp("exclusion"))) {
                ex.row(fmt.refId(x), Adoc.text(x.label()), fmt.str(x.iri(), sp("justification")));
            }
            a.append(ex.render("The scope names no exclusions."));
            String other = fmt.str(s.iri(), sp("otherRiskProcess"));
            if (!other.isEmpty()) {
                a.append(Adoc.text("Other risk-management processes relevant to security:")).append(' ').append(other).append("\n\n");
            }
        }

        section(a, "5.2.4", "Leadership");
        Optional<Entity> plan = index.plan();
        if (plan.isPresent()) {
            String p = plan.get().iri();
            Tables lt = new Tables("1,3", "sp-facts", "Item", "Value");
            lt.row(Adoc.text("Accountable role"), fmt.iris(p, sp("accountableRole")));
            lt.row(Adoc.text("Security function"), fmt.iris(p, sp("securityFunction")));
            a.append(lt.render(""));
            index.string(p, sp("leadershipStatement")).ifPresent(s ->
                    a.append("[quote, ").append(Adoc.text("Leadership statement")).append("]\n____\n")
                            .append(Adoc.text(s)).append("\n____\n\n"));
        }
        Tables rc = new Tables("1,3,2,2", "sp-table", "Identifier", "Resource commitment", "Kind", "Committed by");
        for (Entity r : all("ResourceCommitment")) {
            rc.row(fmt.refId(r), Adoc.text(r.label()), fmt.conceptText(r.iri(), sp("resourceKind")),
                    fmt.iris(r.iri(), sp("committedBy")));
        }
        a.append(table(GOVERNANCE, "5.2.4", "resource-commitments", "Resource commitments", "resource commitments", rc,
                "No resource commitments are recorded."));

        section(a, "5.2.5", "Legal and regulatory requirements");
        Tables ob = new Tables("1,3,1,2,3", "sp-table", "Identifier", "Obligation", "Kind", "Source", "Met by");
        for (Entity o : all("Obligation")) {
            List<Entity> by = index.linking(o.iri(), sp("satisfies"));
            String met = by.isEmpty() ? (index.values(o.iri(), sp("acceptedBy")).isEmpty()
                    ? Fmt.flag(true, "no control", "") : Adoc.text("accepted by") + " " + fmt.iris(o.iri(), sp("acceptedBy")))
                    : fmt.refIds(by);
            ob.row(fmt.refId(o), Adoc.text(o.label()), fmt.conceptText(o.iri(), sp("obligationKind")),
                    fmt.str(o.iri(), Vocabulary.DCT + "source"), met);
        }
        a.append(table(GOVERNANCE, "5.2.5", "obligations", "Obligations", "obligations", ob, "No obligations are recorded."));

        section(a, "5.2.6", "Roles, accountabilities and responsibilities");
        Tables rt = new Tables("1,2,4,2", "sp-table", "Identifier", "Role", "Responsibilities", "Held by");
        for (Entity r : all("Role")) {
            rt.row(fmt.refId(r), Adoc.text(r.label()), fmt.str(r.iri(), sp("responsibility")),
                    fmt.iris(r.iri(), sp("heldBy")));
        }
        a.append(table(GOVERNANCE, "5.2.6", "roles", "Roles", "roles", rt, "No roles are recorded."));
        a.append(Adoc.section(2, "external-parties", "External parties"));
        Tables xp = new Tables("1,3,2,2", "sp-table", "Identifier", "Party", "Kind", "Liaison");
        for (Entity x : all("ExternalParty")) {
            xp.row(fmt.refId(x), Adoc.text(x.label()), fmt.conceptText(x.iri(), sp("partyKind")),
                    fmt.iris(x.iri(), sp("liaisonRole")));
        }
        a.append(table(GOVERNANCE, "5.2.6", "external-parties", "External parties", "external parties", xp,
                "No external parties are recorded."));
        a.append(Adoc.section(2, "exemptions", "Exemptions"));
        Tables et = new Tables("1,3,2,2,1", "sp-table", "Identifier", "Exemption", "From control", "Approved by", "Review");
        for (Entity x : all("Exemption")) {
            boolean overdue = index.date(x.iri(), sp("reviewDate")).map(d -> d.isBefore(index.asOf())).orElse(false);
            et.row(fmt.refId(x), Adoc.text(x.label()), fmt.iris(x.iri(), sp("exemptFrom")),
                    fmt.iris(x.iri(), sp("approvedBy")), fmt.date(x.iri(), sp("reviewDate")) + " "
                            + Fmt.flag(overdue, "overdue", ""));
        }
        a.append(table(GOVERNANCE, "5.2.6", "exemptions", "Exemptions", "exemptions", et, "No exemptions are recorded."));

        section(a, "5.2.7", "Communication");
        Tables ct = new Tables("1,3,2,2,1", "sp-table", "Identifier", "What is communicated", "To", "Purpose", "How often");
        for (Entity c : all("CommunicationItem")) {
            ct.row(fmt.refId(c), Adoc.text(c.label()), fmt.iris(c.iri(), sp("recipient")),
                    fmt.conceptText(c.iri(), sp("communicationPurpose")), fmt.duration(c.iri(), sp("frequency")));
        }
        a.append(table(GOVERNANCE, "5.2.7", "communication-items", "Communication items", "communication items", ct,
                "No communication items are recorded."));
        List<Entity> sharing = all("InformationSharingPolicy");
        a.append(Adoc.text("Information-sharing policy:")).append(' ')
                .append(sharing.isEmpty() ? Fmt.flag(true, "none recorded", "") : fmt.refs(sharing)).append("\n\n");

        section(a, "5.2.8", "Documented information");
        para(a, "Policies, procedures and other documents of the plan. Past decisions on risks and lessons learned "
                + "have their own page.");
        a.append(Adoc.link(SitePaths.DECISIONS, "Decision log and lessons learned")).append("\n\n");
        Tables dt = new Tables("1,3,1,3", "sp-table", "Identifier", "Document", "Kind", "Location");
        List<Entity> docs = all("Document");
        for (Entity d : head(docs)) {
            dt.row(fmt.refId(d), Adoc.text(d.label()), fmt.conceptText(d.iri(), sp("documentKind")),
                    fmt.str(d.iri(), sp("location")));
        }
        a.append(dt.render("No documents are recorded.")).append(more(docs.size(),
                SitePaths.kindIndex(Kind.byLocal("Document").orElseThrow(), 1), "documents"));

        section(a, "5.2.9", "Reporting");
        a.append(Adoc.link(SitePaths.SUMMARY, "Management summary")).append(' ')
                .append(Adoc.text("— generated from the plan for top management.")).append("\n\n");
        Tables rp = new Tables("1,3,2,1,2", "sp-table", "Identifier", "Report", "To", "How often", "Responsible");
        for (Entity r : all("Report")) {
            rp.row(fmt.refId(r), Adoc.text(r.label()), fmt.iris(r.iri(), sp("recipient")),
                    fmt.duration(r.iri(), sp("frequency")), fmt.iris(r.iri(), sp("responsibleRole")));
        }
        a.append(table(GOVERNANCE, "5.2.9", "reports", "Reports", "reports", rp, "No reports are recorded."));

        section(a, "5.2.10", "Evaluation");
        Tables ev = new Tables("1,3,2,1,2,1", "sp-table", "Identifier", "Evaluation", "Method", "How often",
                "Evaluator", "Last result");
        for (Entity e : all("Evaluation")) {
            Optional<LocalDate> last = Optional.empty();
            for (Entity r : index.linking(e.iri(), sp("ofEvaluation"))) {
                Optional<LocalDate> d = index.date(r.iri(), Vocabulary.DCT + "date");
                if (d.isPresent() && (last.isEmpty() || d.get().isAfter(last.get()))) {
                    last = d;
                }
            }
            ev.row(fmt.refId(e), Adoc.text(e.label()), fmt.str(e.iri(), sp("method")),
                    fmt.duration(e.iri(), sp("frequency")), fmt.iris(e.iri(), sp("evaluator")),
                    Adoc.text(last.map(LocalDate::toString).orElse("none")));
        }
        a.append(table(GOVERNANCE, "5.2.10", "evaluations", "Evaluations", "evaluations", ev, "No evaluations are recorded."));

        section(a, "5.2.11", "Continuous improvement");
        Tables im = new Tables("1,3,1,2,1,2", "sp-table", "Identifier", "Action", "Source", "Owner", "Due", "Status");
        for (Entity x : all("ImprovementAction")) {
            im.row(fmt.refId(x), Adoc.text(x.label()), fmt.conceptText(x.iri(), sp("improvementSource")),
                    fmt.iris(x.iri(), sp("owner")), fmt.date(x.iri(), sp("dueDate")),
                    fmt.conceptText(x.iri(), sp("actionStatus")) + " " + Fmt.flag(index.actionOverdue(x.iri()), "overdue", ""));
        }
        a.append(table(GOVERNANCE, "5.2.11", "improvement-actions", "Improvement actions", "improvement actions", im,
                "No improvement actions are recorded."));
        return part(GOVERNANCE, a);
    }

    // ---------------------------------------------------------------- 5.3 Management of risk

    private Page risk() {
        StringBuilder a = new StringBuilder();
        para(a, "How the organization finds, rates, treats and accepts its security risks, following the risk "
                + "management process of ISO 31000.");
        section(a, "5.3.1", "General");
        para(a, "Assets get a required level of protection according to their risk; controls are chosen to bring "
                + "each risk down to the level the organization accepts.");
        Map<String, Integer> required = new TreeMap<>();
        for (Entity as : all("Asset")) {
            required.merge(index.iri(as.iri(), sp("requiredProtectionLevel")).orElse(""), 1, Integer::sum);
        }
        Tables pl = new Tables("3,1", "sp-table", "Required level of protection", "Assets");
        List<String> levels = new ArrayList<>(required.keySet());
        levels.sort(Comparator.comparing((String l) -> l.isEmpty()).thenComparing(index.byRankThenLabel()));
        for (String l : levels) {
            pl.row(Adoc.text(l.isEmpty() ? "not set" : index.label(l)), Adoc.text(String.valueOf(required.get(l))));
        }
        a.append(pl.render("No assets are recorded."));

        section(a, "5.3.2", "Security risk scope, context and criteria");
        List<Entity> assets = all("Asset");
        a.append(Adoc.text(assets.size() + " assets are recorded in the")).append(' ')
                .append(Adoc.link(SitePaths.ASSET_REGISTER, "asset register")).append(".\n\n");
        a.append(Adoc.section(2, "context-factors", "Context"));
        Tables cf = new Tables("1,4,2", "sp-table", "Identifier", "Factor", "Kind");
        for (Entity f : all("ContextFactor")) {
            cf.row(fmt.refId(f), Adoc.text(f.label()), fmt.conceptText(f.iri(), sp("factorKind")));
        }
        a.append(table(RISK, "5.3.2", "context-factors", "Context factors", "context factors", cf,
                "No context factors are recorded."));
        Tables ip = new Tables("1,4,2", "sp-table", "Identifier", "Interested party", "Kind");
        for (Entity f : all("InterestedParty")) {
            ip.row(fmt.refId(f), Adoc.text(f.label()), fmt.conceptText(f.iri(), sp("partyKind")));
        }
        a.append(table(RISK, "5.3.2", "interested-parties", "Interested parties", "interested parties", ip,
                "No interested parties are recorded."));
        a.append(Adoc.section(2, "risk-sources", "Risk sources"));
        Tables rs = new Tables("1,4,2,1", "sp-table", "Identifier", "Risk source", "Kind", "Risks");
        for (Entity s : all("RiskSource")) {
            rs.row(fmt.refId(s), Adoc.text(s.label()), fmt.conceptText(s.iri(), sp("sourceKind")),
                    Adoc.text(String.valueOf(index.linking(s.iri(), sp("riskSource")).size())));
        }
        a.append(table(RISK, "5.3.2", "risk-sources", "Risk sources", "risk sources", rs, "No risk sources are recorded."));
        a.append(Adoc.section(2, "vulnerabilities", "Vulnerabilities"));
        List<Entity> vulns = all("Vulnerability");
        Tables vt = new Tables("1,4,3", "sp-table", "Identifier", "Vulnerability", "Of asset");
        for (Entity v : head(vulns)) {
            vt.row(fmt.refId(v), Adoc.text(v.label()), fmt.iris(v.iri(), sp("vulnerabilityOf")));
        }
        a.append(vt.render("No vulnerabilities are recorded.")).append(more(vulns.size(),
                SitePaths.kindIndex(Kind.byLocal("Vulnerability").orElseThrow(), 1), "vulnerabilities"));
        a.append(Adoc.section(2, "risk-criteria", "Risk criteria: scales and matrix"));
        a.append(matrixTable());

        section(a, "5.3.3", "Assessment");
        List<Entity> risks = all("Risk");
        a.append(Adoc.text(risks.size() + " risks are assessed. The full list is in the")).append(' ')
                .append(Adoc.link(SitePaths.RISK_REGISTER, "risk register")).append(".\n\n");
        a.append("heatmap::inherent[]\n\n");

        section(a, "5.3.4", "Treatment");
        Map<String, List<Entity>> byOption = new TreeMap<>();
        for (Entity t : all("Treatment")) {
            byOption.computeIfAbsent(index.iri(t.iri(), sp("option")).orElse(""), k -> new ArrayList<>()).add(t);
        }
        Tables tt = new Tables("2,1,5", "sp-table", "Option", "Treatments", "Examples");
        List<String> options = new ArrayList<>(byOption.keySet());
        options.sort(index.byRankThenLabel());
        for (String o : options) {
            List<Entity> ts = byOption.get(o);
            tt.row(Adoc.text(o.isEmpty() ? "no option given" : index.label(o)), Adoc.text(String.valueOf(ts.size())),
                    fmt.refIds(ts.size() > 12 ? ts.subList(0, 12) : ts) + (ts.size() > 12 ? " " + Adoc.text("…") : ""));
        }
        a.append(tt.render("No treatments are recorded."));
        a.append(Adoc.section(2, "graduated-measures", "Graduated measures"));
        Tables gm = new Tables("1,3,1,3", "sp-table", "Identifier", "Measure", "Threat level", "Activates");
        for (Entity g : all("GraduatedMeasure")) {
            gm.row(fmt.refId(g), Adoc.text(g.label()), fmt.conceptText(g.iri(), sp("threatLevel")),
                    fmt.iris(g.iri(), sp("activates")));
        }
        a.append(table(RISK, "5.3.4", "graduated-measures", "Graduated measures", "graduated measures", gm,
                "No graduated measures are recorded."));
        a.append(Adoc.section(2, "agency-agreements", "Agreements with agencies"));
        Tables ag = new Tables("1,3,2,1", "sp-table", "Identifier", "Agreement", "With", "Valid until");
        for (Entity g : all("AgencyAgreement")) {
            ag.row(fmt.refId(g), Adoc.text(g.label()), fmt.iris(g.iri(), sp("counterparty")), fmt.date(g.iri(), sp("validUntil")));
        }
        a.append(table(RISK, "5.3.4", "agency-agreements", "Agreements with agencies", "agreements with agencies", ag,
                "No agency agreements are recorded."));

        section(a, "5.3.5", "Acceptance level for residual security risk");
        index.plan().flatMap(p -> index.iri(p.iri(), sp("acceptanceLevel"))).ifPresentOrElse(
                l -> para(a, "The plan accepts residual risk up to the level " + index.label(l)
                        + "; a risk may set its own acceptance level."),
                () -> para(a, "The plan sets no default acceptance level."));
        a.append("heatmap::residual[]\n\n");
        a.append(Adoc.section(2, "risks-over-acceptance", "Risks over their acceptance level"));
        a.append(lists.preview(summary.overAcceptance()));

        section(a, "5.3.6", "Communication and consultation");
        Tables ca = new Tables("1,3,2,2", "sp-table", "Identifier", "Arrangement", "With", "Topic");
        for (Entity c : all("ConsultationArrangement")) {
            ca.row(fmt.refId(c), Adoc.text(c.label()), fmt.iris(c.iri(), sp("party")), fmt.str(c.iri(), sp("consultationTopic")));
        }
        a.append(table(RISK, "5.3.6", "consultation-arrangements", "Consultation arrangements", "consultation arrangements",
                ca, "No consultation arrangements are recorded."));
        Tables is = new Tables("1,4,1", "sp-table", "Identifier", "Information source", "Reliability");
        for (Entity c : all("InformationSource")) {
            is.row(fmt.refId(c), Adoc.text(c.label()), fmt.conceptText(c.iri(), sp("reliability")));
        }
        a.append(table(RISK, "5.3.6", "information-sources", "Information sources", "information sources", is,
                "No information sources are recorded."));

        section(a, "5.3.7", "Monitoring and review");
        para(a, "When each risk was last reviewed and when its next review falls due, soonest first.");
        a.append(table(RISK, "5.3.7", "review-schedule", "Risk review schedule", "risk reviews", reviewTable(risks),
                "No risks are recorded."));

        section(a, "5.3.8", "Documentation management and recording");
        Optional<Entity> plan = index.plan();
        if (plan.isPresent()) {
            String p = plan.get().iri();
            Tables dm = new Tables("1,3", "sp-facts", "Item", "Value");
            dm.row(Adoc.text("Document owner"), fmt.iris(p, sp("documentOwner")));
            dm.row(Adoc.text("Storage location"), fmt.str(p, sp("storageLocation")));
            dm.row(Adoc.text("Retention"), fmt.str(p, sp("retention")));
            dm.row(Adoc.text("Disposal"), fmt.str(p, sp("disposalMethod")));
            dm.row(Adoc.text("Classification"), Adoc.text(index.classification(p).map(index::label).orElse("not classified")));
            a.append(dm.render(""));
        }
        para(a, "Every page of this site carries the classification banner and the plan version.");
        return part(RISK, a);
    }

    String matrixTable() {
        List<String> ls = index.likelihoods();
        List<String> cs = index.consequences();
        if (ls.isEmpty() || cs.isEmpty()) {
            return "[.sp-empty]\n" + Adoc.text("No risk matrix is defined.") + "\n\n";
        }
        StringBuilder cols = new StringBuilder("2");
        String[] headers = new String[cs.size() + 1];
        headers[0] = "Likelihood \\ consequence";
        for (int i = 0; i < cs.size(); i++) {
            cols.append(",1");
            headers[i + 1] = index.label(cs.get(i));
        }
        Tables t = new Tables(cols.toString(), "sp-matrix", headers);
        for (int i = ls.size() - 1; i >= 0; i--) {
            String[] row = new String[cs.size() + 1];
            row[0] = Adoc.text(index.label(ls.get(i)));
            for (int j = 0; j < cs.size(); j++) {
                Optional<String> level = index.level(ls.get(i), cs.get(j));
                row[j + 1] = level.map(l -> "[.sp-level-" + index.rank(l).orElse(0) + "]##"
                        + Adoc.text(index.label(l)) + "##").orElse("");
            }
            t.row(row);
        }
        return t.render("");
    }

    /** Every risk, soonest review first. */
    private Tables reviewTable(List<Entity> risks) {
        List<Entity> sorted = new ArrayList<>(risks);
        sorted.sort(Comparator.comparing((Entity r) -> index.nextReview(r.iri()).orElse(LocalDate.MAX))
                .thenComparing(Entity::identifier, PlanIndex::naturalCompare));
        Tables t = new Tables("1,3,1,1,1,2", "sp-table", "Identifier", "Risk", "Last review", "Every", "Next review",
                "Reviewed by");
        for (Entity r : sorted) {
            t.row(fmt.refId(r), Adoc.text(r.label()), fmt.date(r.iri(), sp("lastReviewed")),
                    Adoc.text(index.string(r.iri(), sp("reviewFrequency")).map(Fmt::durationWords).orElse("")
                            .replaceFirst("^every ", "")),
                    Adoc.text(index.nextReview(r.iri()).map(LocalDate::toString).orElse("")) + " "
                            + Fmt.flag(index.reviewOverdue(r.iri()), "overdue", ""),
                    fmt.iris(r.iri(), sp("owner")));
        }
        return t;
    }

    // ---------------------------------------------------------------- 5.4 Security controls

    private Page controls() {
        StringBuilder a = new StringBuilder();
        List<Entity> controls = all("Control");
        para(a, "The controls of the plan across the protective-security domains, the protection they give, how "
                + "they are carried out, what happens when the unforeseen happens, and when.");
        section(a, "5.4.1", "General");
        Map<String, int[]> byDomain = new TreeMap<>();
        for (Entity c : controls) {
            String d = index.iri(c.iri(), sp("domain")).orElse("");
            int[] counts = byDomain.computeIfAbsent(d, k -> new int[3]);
            List<String> mode = index.iris(c.iri(), sp("operationMode"));
            counts[mode.contains(spk("mode-maintenance")) ? 0 : mode.contains(spk("mode-intervention")) ? 1 : 2]++;
        }
        Tables g = new Tables("3,1,1,1", "sp-table", "Domain", "Maintenance", "Intervention", "Not stated");
        for (String d : sortedConcepts(byDomain.keySet())) {
            int[] c = byDomain.get(d);
            g.row(Adoc.text(d.isEmpty() ? "no domain" : index.label(d)), Adoc.text(String.valueOf(c[0])),
                    Adoc.text(String.valueOf(c[1])), Adoc.text(String.valueOf(c[2])));
        }
        a.append(g.render("No controls are recorded."));

        section(a, "5.4.2", "Levels of protection");
        String scheme = Vocabulary.spk("protection-levels");
        Tables lv = new Tables("1,2,5", "sp-table", "Rank", "Level", "Meaning");
        for (String l : index.concepts(scheme)) {
            lv.row(Adoc.text(index.rank(l).map(String::valueOf).orElse("")), Adoc.text(index.label(l)),
                    Adoc.text(index.definition(l).orElse("")));
        }
        a.append(lv.render("No protection levels are defined."));
        Tables ap = new Tables("1,3,1,1,1", "sp-table", "Identifier", "Asset", "Required", "Provided", "Reached");
        List<Entity> assets = all("Asset");
        for (Entity as : head(assets)) {
            Optional<String> req = index.iri(as.iri(), sp("requiredProtectionLevel"));
            Optional<String> best = Optional.empty();
            for (Entity c : index.linking(as.iri(), sp("protects"))) {
                Optional<String> p = index.iri(c.iri(), sp("providesProtectionLevel"));
                if (p.isPresent() && (best.isEmpty() || index.rank(p.get()).orElse(0) > index.rank(best.get()).orElse(0))) {
                    best = p;
                }
            }
            boolean reached = req.isPresent() && best.isPresent()
                    && index.rank(best.get()).orElse(0) >= index.rank(req.get()).orElse(0);
            ap.row(fmt.refId(as), Adoc.text(as.label()), Adoc.text(req.map(index::label).orElse("not set")),
                    Adoc.text(best.map(index::label).orElse("none")),
                    reached ? Adoc.text("yes") : Fmt.flag(true, "no", ""));
        }
        a.append(ap.render("No assets are recorded.")).append(more(assets.size(), SitePaths.ASSET_REGISTER, "assets"));

        section(a, "5.4.3", "Procedures for security controls");
        Tables pr = new Tables("1,3,3,2", "sp-table", "Identifier", "Procedure", "Used by controls", "Related risks");
        for (Entity p : all("Procedure")) {
            pr.row(fmt.refId(p), Adoc.text(p.label()), fmt.refIds(index.linking(p.iri(), sp("procedure"))),
                    fmt.iris(p.iri(), sp("relatedRisk")));
        }
        a.append(table(CONTROLS, "5.4.3", "procedures", "Procedures", "procedures", pr, "No procedures are recorded."));

        section(a, "5.4.4", "Operational level controls and treatments");
        a.append(Adoc.text("Controls by domain and topic. The full list is the")).append(' ')
                .append(Adoc.link(SitePaths.CATALOGUE, "controls catalogue")).append(".\n\n");
        Map<String, Integer> byTopic = new TreeMap<>();
        for (Entity c : controls) {
            for (String t : index.iris(c.iri(), sp("topic"))) {
                byTopic.merge(t, 1, Integer::sum);
            }
        }
        List<String> topics = new ArrayList<>(index.concepts(spk("topics")));
        for (String t : byTopic.keySet()) {
            if (!topics.contains(t)) {
                topics.add(t);
            }
        }
        Map<String, String> notApplicable = new TreeMap<>();
        for (Entity n : all("NotApplicable")) {
            for (String c : index.iris(n.iri(), sp("concerns"))) {
                notApplicable.put(c, n.iri());
            }
        }
        Tables tp = new Tables("2,3,1,3", "sp-table", "Domain", "Topic", "Controls", "Note");
        topics.sort(Comparator.comparing((String t) -> index.broader(t).map(b -> index.rank(b).orElse(0)).orElse(0))
                .thenComparing(t -> index.broader(t).map(index::label).orElse("")).thenComparing(index.byRankThenLabel()));
        for (String t : topics) {
            int n = byTopic.getOrDefault(t, 0);
            String note = notApplicable.containsKey(t) ? Adoc.text("not applicable:") + " " + fmt.iri(notApplicable.get(t))
                    : n == 0 ? Fmt.flag(true, "not addressed", "") : "";
            tp.row(Adoc.text(index.broader(t).map(index::label).orElse("")), Adoc.text(index.label(t)),
                    Adoc.text(String.valueOf(n)), note);
        }
        a.append(tp.render("No topics are defined."));

        section(a, "5.4.5", "Contingency planning for low likelihood and unforeseen situations");
        Tables cp = new Tables("1,3,2,2,1", "sp-table", "Identifier", "Contingency plan", "Addresses", "Activated by",
                "Last exercised");
        for (Entity c : all("ContingencyPlan")) {
            cp.row(fmt.refId(c), Adoc.text(c.label()), fmt.iris(c.iri(), sp("addressesRisk")),
                    fmt.iris(c.iri(), sp("activationAuthority")), fmt.date(c.iri(), sp("lastExercised")));
        }
        a.append(table(CONTROLS, "5.4.5", "contingency-plans", "Contingency plans", "contingency plans", cp,
                "No contingency plans are recorded."));

        section(a, "5.4.6", "Timelines for security activities");
        List<Entity> activities = new ArrayList<>(all("Activity"));
        long overdue = activities.stream().filter(x -> index.activityOverdue(x.iri())).count();
        a.append(Adoc.text(activities.size() + " activities are scheduled; " + overdue + " overdue. See the"))
                .append(' ').append(Adoc.link(SitePaths.TIMELINE, "timeline")).append(".\n\n");
        return part(CONTROLS, a);
    }

    private List<String> sortedConcepts(java.util.Collection<String> concepts) {
        List<String> out = new ArrayList<>(concepts);
        out.sort(Comparator.comparing((String c) -> c.isEmpty()).thenComparing(index.byRankThenLabel()));
        return out;
    }

    // ---------------------------------------------------------------- 5.5 Security controls process

    private Page process() {
        StringBuilder a = new StringBuilder();
        List<Entity> controls = all("Control");
        para(a, "Each control goes through a lifecycle: selected with a rationale, implemented, tested, monitored "
                + "and judged effective, partially effective or ineffective.");
        section(a, "5.5.1", "General");
        Map<String, Integer> byStatus = new TreeMap<>();
        for (Entity c : controls) {
            byStatus.merge(index.iri(c.iri(), sp("status")).orElse(""), 1, Integer::sum);
        }
        Tables st = new Tables("3,1", "sp-table", "Lifecycle status", "Controls");
        for (String s : sortedConcepts(byStatus.keySet())) {
            st.row(Adoc.text(s.isEmpty() ? "no status" : index.label(s)), Adoc.text(String.valueOf(byStatus.get(s))));
        }
        a.append(st.render("No controls are recorded."));

        section(a, "5.5.2", "Selection of security controls");
        Tables sel = new Tables("1,3,1,4", "sp-table", "Identifier", "Control", "Status", "Why it was selected");
        for (Entity c : head(controls)) {
            sel.row(fmt.refId(c), Adoc.text(c.label()), fmt.conceptText(c.iri(), sp("status")),
                    fmt.str(c.iri(), sp("selectionRationale")));
        }
        a.append(sel.render("No controls are recorded.")).append(more(controls.size(), SitePaths.CATALOGUE, "controls"));

        section(a, "5.5.3", "Implementation, testing and evaluation");
        List<Entity> tests = new ArrayList<>(all("TestRecord"));
        tests.sort(Comparator.comparing((Entity x) -> index.date(x.iri(), Vocabulary.DCT + "date").orElse(LocalDate.MIN))
                .reversed().thenComparing(Entity::identifier, PlanIndex::naturalCompare));
        Tables tr = new Tables("1,2,1,2,2,1", "sp-table", "Identifier", "Test", "Date", "Control", "Tester", "Result");
        for (Entity x : head(tests)) {
            tr.row(fmt.refId(x), Adoc.text(x.label()), fmt.date(x.iri(), Vocabulary.DCT + "date"), fmt.iris(x.iri(), sp("tests")),
                    fmt.iris(x.iri(), sp("tester")), fmt.conceptText(x.iri(), sp("result")));
        }
        a.append(tr.render("No test records are recorded.")).append(more(tests.size(),
                SitePaths.kindIndex(Kind.byLocal("TestRecord").orElseThrow(), 1), "test records"));

        section(a, "5.5.4", "Monitoring");
        Tables mo = new Tables("1,2,2,1,3", "sp-table", "Identifier", "Monitoring", "Control", "How often", "Indicator");
        for (Entity m : all("MonitoringActivity")) {
            mo.row(fmt.refId(m), Adoc.text(m.label()), fmt.iris(m.iri(), sp("monitors")),
                    fmt.duration(m.iri(), sp("frequency")), fmt.str(m.iri(), sp("indicator")));
        }
        a.append(table(PROCESS, "5.5.4", "monitoring-activities", "Monitoring activities", "monitoring activities", mo,
                "No monitoring activities are recorded."));

        section(a, "5.5.5", "Determining effectiveness");
        a.append(Adoc.section(2, "effectiveness-dashboard", "Effectiveness dashboard"));
        Map<String, List<Entity>> byEff = new TreeMap<>();
        for (Entity c : controls) {
            if (!index.controlRetired(c.iri())) {
                byEff.computeIfAbsent(index.iri(c.iri(), sp("effectiveness")).orElse(""), k -> new ArrayList<>()).add(c);
            }
        }
        a.append("[.sp-figures]\n");
        for (String e : sortedConcepts(byEff.keySet())) {
            a.append("* [.sp-figure-number]##").append(byEff.get(e).size()).append("## ")
                    .append(Adoc.text(e.isEmpty() ? "not yet rated" : index.label(e))).append('\n');
        }
        a.append('\n');
        Tables ne = new Tables("1,3,2,3", "sp-table", "Identifier", "Control", "Effectiveness", "Risks it treats");
        for (Entity c : controls) {
            if (!index.controlRetired(c.iri()) && !index.controlEffective(c.iri())) {
                List<Entity> risks = index.risksOfControl(c.iri());
                ne.row(fmt.refId(c), Adoc.text(c.label()), Adoc.text(index.iri(c.iri(), sp("effectiveness"))
                        .map(index::label).orElse("not yet rated")), fmt.refIds(risks));
            }
        }
        a.append(Adoc.section(3, "not-effective", "Controls not (yet) effective"));
        // the same controls, in the same order, as the management summary's list, which holds the full list
        a.append(lists.preview(ne, "Every control in service is rated effective.", summary.notEffective()));
        return part(PROCESS, a);
    }
}
