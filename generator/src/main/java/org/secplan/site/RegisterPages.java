package org.secplan.site;

import org.secplan.plan.Vocabulary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.secplan.check.CheckInfo;
import org.secplan.check.CheckReport;
import org.secplan.check.Finding;
import org.secplan.plan.Entity;
import org.secplan.query.QueryResult;
import org.secplan.query.Term;

import static org.secplan.plan.Vocabulary.sp;

/**
 * The registers and views: whole-plan lists and cross-cuts that answer the questions readers bring. A register
 * whose rows outgrow a page continues on further pages ({@link PagedList}); the management summary instead shows
 * the first rows of each of its lists and links to their full lists ({@link SummaryLists}).
 */
final class RegisterPages {

    record Register(String path, String navLabel, String title) {
    }

    static final List<Register> REGISTERS = List.of(
            new Register(SitePaths.SUMMARY, "Management summary", "Management summary"),
            new Register(SitePaths.RISK_REGISTER, "Risk register", "Risk register"),
            new Register(SitePaths.ASSET_REGISTER, "Asset register", "Asset register"),
            new Register(SitePaths.CATALOGUE, "Controls catalogue", "Controls catalogue"),
            new Register(SitePaths.MATRIX, "Traceability matrix", "Traceability matrix: objectives and controls"),
            new Register(SitePaths.TIMELINE, "Timeline", "Timeline of security activities"),
            new Register(SitePaths.DECISIONS, "Decisions and lessons", "Decision log and lessons learned"),
            new Register(SitePaths.COVERAGE, "Clause coverage", "ISO 22342 clause coverage"),
            new Register(SitePaths.FINDINGS, "Check findings", "Findings of the last check"),
            new Register(SitePaths.VOCABULARY, "Vocabulary", "Vocabulary reference"));

    private final Fmt fmt;
    private final PlanIndex index;
    private final CheckReport report;
    private final List<CheckInfo> checks;
    private final Paging paging;
    private final FullLists lists;
    private final SummaryLists summaryLists;
    private final boolean showSources;

    /** @param showSources whether findings say in which file and line they are (the full edition only) */
    RegisterPages(Fmt fmt, CheckReport report, List<CheckInfo> checks, Paging paging, FullLists lists,
                  SummaryLists summaryLists, boolean showSources) {
        this.showSources = showSources;
        this.fmt = fmt;
        this.index = fmt.index();
        this.report = report;
        this.checks = checks;
        this.paging = paging;
        this.lists = lists;
        this.summaryLists = summaryLists;
    }

    /** Every register's pages, in the order of {@link #REGISTERS}, each register's pages in order. */
    List<Page> pages() {
        Map<String, PagedList> registers = new LinkedHashMap<>();
        for (PagedList l : List.of(summary(), riskRegister(), assetRegister(), catalogue(), matrix(), timeline(),
                decisions(), coverage(), findings(), vocabulary())) {
            registers.put(l.path(), l);
        }
        List<Page> out = new ArrayList<>();
        for (Register r : REGISTERS) {
            out.addAll(registers.get(r.path()).pages());
        }
        return out;
    }

    /** The register at {@code path}, empty, its sidebar entry current on all its pages. */
    private PagedList register(String path) {
        return register(path, paging);
    }

    private PagedList register(String path, Paging paging) {
        Register r = REGISTERS.stream().filter(x -> x.path().equals(path)).findFirst().orElseThrow();
        return new PagedList(paging, r.path(), r.title(), r.path(), List.of(new Crumb("Home", SitePaths.HOME)),
                "Register");
    }

    private List<Entity> all(String local) {
        return index.ofType(sp(local));
    }

    // ---------------------------------------------------------------- management summary (5.2.9)

    private PagedList summary() {
        Headline h = summaryLists.headline();
        StringBuilder a = new StringBuilder();
        a.append(Adoc.text("Generated from the plan as of " + index.asOf() + " for top management (clause")).append(' ')
                .append(Adoc.link(SitePaths.clause("5.2.9"), "5.2.9")).append(Adoc.text(").")).append("\n\n");
        a.append(h.figures());
        a.append(Adoc.section(1, "over-acceptance", "Risks over their acceptance level"));
        a.append(lists.preview(summaryLists.overAcceptance()));
        a.append(Adoc.section(1, "not-effective", "Controls not yet effective"));
        a.append(lists.preview(summaryLists.notEffective()));
        a.append(Adoc.section(1, "overdue-reviews", "Overdue reviews"));
        a.append(lists.preview(summaryLists.overdueReviews()));
        a.append(Adoc.section(1, "overdue-activities", "Overdue activities and improvement actions"));
        a.append(lists.preview(summaryLists.overdueActivities()));
        a.append(Adoc.section(1, "check-summary", "Compliance checks"));
        a.append(Adoc.text(String.format(Locale.ROOT, "%d errors, %d warnings, %d notes.", report.errors(),
                report.warnings(), report.infos()))).append(' ').append(Adoc.link(SitePaths.FINDINGS, "All findings"))
                .append(".\n\n");
        return register(SitePaths.SUMMARY).opening(a.toString());
    }

    // ---------------------------------------------------------------- risk register (5.3.3, 5.3.5)

    private PagedList riskRegister() {
        StringBuilder a = new StringBuilder();
        a.append(Adoc.text("Every assessed risk with its inherent level (before treatment), its residual level "
                + "(after treatment) and the level the organization accepts. Each heat-map cell counts the risks "
                + "with that likelihood and consequence.")).append("\n\n");
        a.append("[.sp-heatmaps]\n--\nheatmap::inherent[]\n\nheatmap::residual[]\n--\n\n");
        Tables t = new Tables("1,4,1,1,1,1,2,2", "sp-table sp-register", "Identifier", "Risk", "Inherent", "Residual",
                "Accepts", "Over", "Owner", "Treatments");
        for (Entity r : all("Risk")) {
            boolean over = index.overAcceptance(r.iri());
            t.row(fmt.refId(r), Adoc.text(r.label()), fmt.level(index.inherentLevel(r.iri())),
                    fmt.level(index.residualLevel(r.iri())), fmt.level(index.acceptanceLevel(r.iri())),
                    over ? Fmt.flag(true, index.acceptedAsOf(r.iri()) ? "yes, accepted" : "yes", "") : Adoc.text("no"),
                    fmt.iris(r.iri(), sp("owner")), fmt.refIds(index.linked(r.iri(), sp("treatedBy"))));
        }
        return register(SitePaths.RISK_REGISTER).opening(a.toString()).heading(1, "register", "Register")
                .table(t, "No risks are recorded.");
    }

    private PagedList assetRegister() {
        StringBuilder a = new StringBuilder();
        a.append(Adoc.text("Tangible and intangible assets with their criticality, owner, location and the level of "
                + "protection they require.")).append("\n\n");
        Tables t = new Tables("1,3,1,1,2,2,1", "sp-table sp-register", "Identifier", "Asset", "Kind", "Criticality",
                "Owner", "Location", "Protection");
        for (Entity as : all("Asset")) {
            t.row(fmt.refId(as), Adoc.text(as.label()), Adoc.text(Kind.of(index, as.iri()).singular()),
                    fmt.conceptText(as.iri(), sp("criticality")), fmt.iris(as.iri(), sp("owner")),
                    fmt.iris(as.iri(), sp("location")), fmt.conceptText(as.iri(), sp("requiredProtectionLevel")));
        }
        return register(SitePaths.ASSET_REGISTER).opening(a.toString()).table(t, "No assets are recorded.");
    }

    // ---------------------------------------------------------------- controls catalogue (5.4.4)

    private PagedList catalogue() {
        PagedList l = register(SitePaths.CATALOGUE)
                .opening(Adoc.text("Every control, grouped by protective-security domain and topic.") + "\n\n");
        Map<String, Map<String, List<Entity>>> tree = new TreeMap<>();
        for (Entity c : all("Control")) {
            String domain = index.iri(c.iri(), sp("domain")).orElse("");
            List<String> topics = index.iris(c.iri(), sp("topic"));
            if (topics.isEmpty()) {
                topics = List.of("");
            }
            for (String t : topics) {
                tree.computeIfAbsent(domain, k -> new TreeMap<>()).computeIfAbsent(t, k -> new ArrayList<>()).add(c);
            }
        }
        List<String> domains = new ArrayList<>(tree.keySet());
        domains.sort(Comparator.comparing((String d) -> d.isEmpty()).thenComparing(index.byRankThenLabel()));
        for (String d : domains) {
            String dl = d.isEmpty() ? "No domain" : index.label(d);
            l.heading(1, "domain-" + Adoc.role(PlanIndex.localName(d.isEmpty() ? "none" : d)), dl);
            List<String> topics = new ArrayList<>(tree.get(d).keySet());
            topics.sort(Comparator.comparing((String t) -> t.isEmpty()).thenComparing(index.byRankThenLabel()));
            for (String t : topics) {
                l.heading(2, "topic-" + Adoc.role(PlanIndex.localName(d.isEmpty() ? "none" : d)) + "-"
                        + Adoc.role(t.isEmpty() ? "none" : PlanIndex.localName(t)), t.isEmpty() ? "No topic" : index.label(t));
                Tables tt = new Tables("1,4,1,2,2", "sp-table", "Identifier", "Control", "Type", "Status", "Owner");
                for (Entity c : tree.get(d).get(t)) {
                    tt.row(fmt.refId(c), Adoc.text(c.label()), fmt.conceptText(c.iri(), sp("controlType")),
                            fmt.status(c), fmt.iris(c.iri(), sp("owner")));
                }
                l.table(tt, "");
            }
        }
        if (domains.isEmpty()) {
            l.text("[.sp-empty]\n" + Adoc.text("No controls are recorded.") + "\n\n");
        }
        return l;
    }

    // ---------------------------------------------------------------- traceability matrix

    private PagedList matrix() {
        List<Entity> objectives = all("SecurityObjective");
        // a column per objective: a plan of many objectives gets shorter pages
        PagedList l = register(SitePaths.MATRIX, paging.forColumns(objectives.size() + 1));
        StringBuilder a = new StringBuilder();
        List<Entity> controls = all("Control");
        a.append(Adoc.text("Which controls protect which security objectives, through the risks they treat. A cell "
                + "names the control's status when the control traces to the objective and is empty otherwise.")).append("\n\n");
        if (objectives.isEmpty() || controls.isEmpty()) {
            return l.opening(a.append("[.sp-empty]\n").append(Adoc.text("The plan needs objectives and controls for this matrix."))
                    .append("\n\n").toString());
        }
        l.opening(a.toString());
        List<String> legend = new ArrayList<>();
        for (Entity o : objectives) {
            legend.add(fmt.ref(o));
        }
        // every page of the matrix needs the legend to read its columns
        l.preamble(Adoc.text("Columns:") + " " + String.join(", ", legend) + ".\n\n");
        String[] headers = new String[objectives.size() + 1];
        headers[0] = "Control";
        StringBuilder cols = new StringBuilder("3");
        for (int i = 0; i < objectives.size(); i++) {
            headers[i + 1] = objectives.get(i).identifier();
            cols.append(",1");
        }
        Tables t = new Tables(cols.toString(), "sp-table sp-trace-matrix", headers);
        int orphan = 0;
        for (Entity c : controls) {
            List<Entity> served = index.objectivesOfControl(c.iri());
            if (served.isEmpty()) {
                orphan++;
            }
            String[] row = new String[objectives.size() + 1];
            row[0] = fmt.ref(c);
            for (int i = 0; i < objectives.size(); i++) {
                row[i + 1] = served.contains(objectives.get(i)) ? fmt.status(c) : "";
            }
            t.row(row);
        }
        return l.table(t, "").closing(Adoc.text(orphan
                + " controls trace to no objective (they may still satisfy an obligation).") + "\n\n");
    }

    // ---------------------------------------------------------------- timeline (5.4.6)

    private PagedList timeline() {
        PagedList l = register(SitePaths.TIMELINE).opening(Adoc.text("Scheduled security activities by month of their "
                + "due date, judged as of " + index.asOf() + ".") + "\n\n");
        Map<String, List<Entity>> byMonth = new TreeMap<>();
        List<Entity> undated = new ArrayList<>();
        for (Entity x : all("Activity")) {
            index.date(x.iri(), sp("dueDate")).ifPresentOrElse(
                    d -> byMonth.computeIfAbsent(String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue()),
                            k -> new ArrayList<>()).add(x), () -> undated.add(x));
        }
        for (Map.Entry<String, List<Entity>> m : byMonth.entrySet()) {
            LocalDate first = LocalDate.parse(m.getKey() + "-01");
            String title = first.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " "
                    + first.getYear();
            l.heading(1, "m-" + m.getKey(), title);
            List<Entity> list = new ArrayList<>(m.getValue());
            list.sort(Comparator.comparing((Entity x) -> index.date(x.iri(), sp("dueDate")).orElse(LocalDate.MAX))
                    .thenComparing(Entity::identifier, PlanIndex::naturalCompare));
            l.table(activityTable(list), "");
        }
        if (!undated.isEmpty()) {
            l.heading(1, "undated", "Without a due date");
            l.table(activityTable(undated), "");
        }
        if (byMonth.isEmpty() && undated.isEmpty()) {
            l.text("[.sp-empty]\n" + Adoc.text("No activities are scheduled.") + "\n\n");
        }
        return l;
    }

    private Tables activityTable(List<Entity> list) {
        Tables t = new Tables("1,1,3,1,2,2,1", "sp-table", "Due", "Identifier", "Activity", "Kind", "Concerns",
                "Responsible", "State");
        for (Entity x : list) {
            String state;
            if (!index.values(x.iri(), sp("completedOn")).isEmpty()) {
                state = Adoc.text("done " + index.string(x.iri(), sp("completedOn")).orElse(""));
            } else if (index.activityOverdue(x.iri())) {
                state = Fmt.flag(true, "overdue", "");
            } else {
                state = Adoc.text("upcoming");
            }
            String every = index.string(x.iri(), sp("recurrence")).map(Fmt::durationWords).orElse("");
            t.row(fmt.date(x.iri(), sp("dueDate")), fmt.refId(x), Adoc.text(x.label() + (every.isEmpty() ? "" : " (" + every + ")")),
                    fmt.conceptText(x.iri(), sp("activityKind")), fmt.iris(x.iri(), sp("concerns")),
                    fmt.iris(x.iri(), sp("responsibleRole")), state);
        }
        return t;
    }

    // ---------------------------------------------------------------- decisions and lessons (5.2.8)

    private PagedList decisions() {
        StringBuilder a = new StringBuilder();
        a.append(Adoc.text("Past decisions on security risks, latest first, and the lessons the organization has "
                + "learned (clause")).append(' ').append(Adoc.link(SitePaths.clause("5.2.8"), "5.2.8"))
                .append(Adoc.text(").")).append("\n\n");
        Tables t = new Tables("1,1,3,2,2,3", "sp-table", "Date", "Identifier", "Decision", "About", "Decided by", "Rationale");
        for (Entity d : latestFirst(all("Decision"))) {
            t.row(fmt.date(d.iri(), Vocabulary.DCT + "date"), fmt.refId(d),
                    Adoc.text(index.string(d.iri(), sp("decisionText")).orElse(d.label())),
                    fmt.iris(d.iri(), sp("aboutRisk")), fmt.iris(d.iri(), sp("decidedBy")), fmt.str(d.iri(), sp("rationale")));
        }
        Tables l = new Tables("1,1,4,3", "sp-table", "Date", "Identifier", "Lesson", "Related to");
        for (Entity x : latestFirst(all("LessonLearned"))) {
            l.row(fmt.date(x.iri(), Vocabulary.DCT + "date"), fmt.refId(x),
                    Adoc.text(x.label()) + index.string(x.iri(), Vocabulary.DCT + "description").map(s -> " — " + Adoc.text(s)).orElse(""),
                    fmt.iris(x.iri(), sp("relatedTo")));
        }
        return register(SitePaths.DECISIONS).opening(a.toString())
                .heading(1, "decision-log", "Decision log").table(t, "No decisions are recorded.")
                .heading(1, "lessons-learned", "Lessons learned").table(l, "No lessons learned are recorded.");
    }

    private List<Entity> latestFirst(List<Entity> list) {
        List<Entity> out = new ArrayList<>(list);
        out.sort(Comparator.comparing((Entity x) -> index.date(x.iri(), Vocabulary.DCT + "date").orElse(LocalDate.MIN)).reversed()
                .thenComparing(Entity::identifier, PlanIndex::naturalCompare));
        return out;
    }

    // ---------------------------------------------------------------- clause coverage

    private PagedList coverage() {
        StringBuilder a = new StringBuilder();
        a.append(Adoc.text("For each clause of ISO 22342: where the site presents it, the plan elements that serve "
                + "it, the checks that verify it and what the last check found.")).append("\n\n");
        Set<String> numbers = new TreeSet<>(PlanIndex::naturalCompare);
        for (PlanIndex.ClauseInfo c : index.clauses()) {
            numbers.add(c.number());
        }
        for (CheckInfo c : checks) {
            numbers.add(c.clause());
        }
        numbers.addAll(List.of("3.1", "4", "5.1"));
        Map<String, Integer> elements = new TreeMap<>();
        for (Entity e : index.entities()) {
            Set<String> served = new TreeSet<>();
            for (String c : index.iris(e.iri(), sp("clause"))) {
                if (c.startsWith(Vocabulary.CLAUSE)) {
                    served.add(c.substring(Vocabulary.CLAUSE.length()));
                }
            }
            if (served.isEmpty()) {
                served.add(Kind.of(index, e.iri()).clause());
            }
            for (String s : served) {
                elements.merge(s, 1, Integer::sum);
            }
        }
        Tables t = new Tables("1,3,1,1,1,1,1", "sp-table sp-coverage", "Clause", "Title", "Elements", "Checks",
                "Errors", "Warnings", "Notes");
        for (String n : numbers) {
            long nChecks = checks.stream().filter(c -> c.clause().equals(n)).count();
            long[] sev = new long[3];
            for (Finding f : report.findings()) {
                if (f.clause().equals(n)) {
                    sev[f.severity().ordinal()]++;
                }
            }
            String title = index.clause(n).map(PlanIndex.ClauseInfo::title).orElse("");
            t.row(Adoc.link(SitePaths.clause(n), n), Adoc.text(title),
                    Adoc.text(String.valueOf(elements.getOrDefault(n, 0))), Adoc.text(String.valueOf(nChecks)),
                    Adoc.text(String.valueOf(sev[0])), Adoc.text(String.valueOf(sev[1])), Adoc.text(String.valueOf(sev[2])));
        }
        a.append(t.render(""));
        a.append(Adoc.section(1, "checks", "Checks by clause"));
        Tables ct = new Tables("1,3,1,1,4", "sp-table", "Clause", "Check", "Kind", "Severity", "What it asserts");
        List<CheckInfo> sorted = new ArrayList<>(checks);
        sorted.sort(Comparator.comparing(CheckInfo::clause, PlanIndex::naturalCompare).thenComparing(CheckInfo::id));
        for (CheckInfo c : sorted) {
            ct.row(Adoc.link(SitePaths.clause(c.clause()), c.clause()), Adoc.text(c.id()), Adoc.text(c.kind()),
                    Adoc.text(SeverityWords.of(c.defaultSeverity())), Adoc.text(c.title()));
        }
        a.append(ct.render("No checks are known."));
        // one row per clause and per check: the page does not grow with the plan
        return register(SitePaths.COVERAGE).opening(a.toString());
    }

    // ---------------------------------------------------------------- findings

    private PagedList findings() {
        PagedList l = register(SitePaths.FINDINGS).opening(Adoc.text(String.format(Locale.ROOT,
                "The last check, as of %s, found %d errors, %d warnings and %d notes.",
                index.asOf(), report.errors(), report.warnings(), report.infos())) + "\n\n");
        Map<String, List<Finding>> byClause = new TreeMap<>(PlanIndex::naturalCompare);
        for (Finding f : report.findings()) {
            byClause.computeIfAbsent(f.clause(), k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Finding>> e : byClause.entrySet()) {
            l.heading(1, "f-" + SitePaths.clauseAnchor(e.getKey()), "Clause " + e.getKey() + " "
                    + index.clause(e.getKey()).map(PlanIndex.ClauseInfo::title).orElse(""));
            Tables t = showSources ? new Tables("1,2,1,4,2", "sp-table", "Severity", "Check", "Element", "Finding", "Where")
                    : new Tables("1,2,1,4", "sp-table", "Severity", "Check", "Element", "Finding");
            List<Finding> list = new ArrayList<>(e.getValue());
            list.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::checkId)
                    .thenComparing(Finding::identifier, PlanIndex::naturalCompare));
            for (Finding f : list) {
                String element = index.entity(f.focus()).map(fmt::refId).orElseGet(() -> Adoc.text(f.identifier()));
                String severity = "[.sp-sev-" + f.severity().name().toLowerCase(Locale.ROOT) + "]##"
                        + Adoc.text(SeverityWords.of(f.severity())) + "##";
                if (showSources) {
                    t.row(severity, Adoc.text(f.checkId()), element, Adoc.text(f.message()),
                            Adoc.text(f.file() == null ? "" : f.file() + ":" + f.line()));
                } else {
                    t.row(severity, Adoc.text(f.checkId()), element, Adoc.text(f.message()));
                }
            }
            l.table(t, "");
        }
        if (byClause.isEmpty()) {
            l.text("[.sp-empty]\n" + Adoc.text("No findings: the plan passes every check.") + "\n\n");
        }
        return l;
    }

    // ---------------------------------------------------------------- vocabulary

    private PagedList vocabulary() {
        StringBuilder a = new StringBuilder();
        a.append(Adoc.text("The secplan vocabulary this plan is written in: classes, properties, concept schemes "
                + "and checks, generated from the ontology.")).append("\n\n");
        QueryResult terms = index.graph().select(Vocabulary.PREFIXES + """
                SELECT ?x ?t ?p ?o WHERE {
                  VALUES ?t { owl:Class owl:ObjectProperty owl:DatatypeProperty rdf:Property }
                  ?x a ?t .
                  FILTER(STRSTARTS(STR(?x), "https://w3id.org/secplan/ns#"))
                  OPTIONAL { VALUES ?p { rdfs:label skos:definition rdfs:domain rdfs:range rdfs:subClassOf sp:clause }
                             ?x ?p ?o }
                }""");
        Map<String, String> kinds = new TreeMap<>();
        Map<String, Map<String, Set<String>>> facts = new TreeMap<>();
        for (Map<String, Term> row : terms.rows()) {
            String x = row.get("x").value();
            String t = row.get("t").value();
            kinds.merge(x, t.endsWith("Class") ? "class" : "property", (o, n) -> o.equals("class") ? o : n);
            Map<String, Set<String>> f = facts.computeIfAbsent(x, k -> new TreeMap<>());
            if (row.containsKey("p") && row.containsKey("o")) {
                Term o = row.get("o");
                f.computeIfAbsent(row.get("p").value(), k -> new TreeSet<>())
                        .add(o.isIri() ? o.value() : o.kind() == Term.Kind.BLANK ? "" : o.value());
            }
        }
        a.append(Adoc.section(1, "classes", "Classes"));
        Tables ct = new Tables("2,4,2,1", "sp-table", "Class", "Definition", "Subclass of", "Clause");
        Tables pt = new Tables("2,4,2,2", "sp-table", "Property", "Definition", "Domain", "Range");
        for (Map.Entry<String, String> k : kinds.entrySet()) {
            String x = k.getKey();
            Map<String, Set<String>> f = facts.get(x);
            String name = "sp:" + PlanIndex.localName(x);
            String def = String.join(" ", f.getOrDefault(Vocabulary.SKOS + "definition", Set.of()));
            if (k.getValue().equals("class")) {
                ct.row(Adoc.text(name) + " " + Adoc.text("(" + index.label(x) + ")"), Adoc.text(def),
                        Adoc.text(names(f.get(Vocabulary.RDFS + "subClassOf"))), Adoc.text(clauses(f.get(sp("clause")))));
            } else {
                pt.row(Adoc.text(name), Adoc.text(def), Adoc.text(names(f.get(Vocabulary.RDFS + "domain"))),
                        Adoc.text(names(f.get(Vocabulary.RDFS + "range"))));
            }
        }
        a.append(ct.render("The ontology is not loaded."));
        a.append(Adoc.section(1, "properties", "Properties"));
        a.append(pt.render("The ontology is not loaded."));
        a.append(Adoc.section(1, "schemes", "Concept schemes"));
        QueryResult schemes = index.graph().select(Vocabulary.PREFIXES + """
                SELECT ?s ?c WHERE {
                  ?s a skos:ConceptScheme .
                  OPTIONAL { { ?c skos:inScheme ?s } UNION { ?c skos:topConceptOf ?s } }
                } ORDER BY ?s ?c""");
        Map<String, Set<String>> members = new TreeMap<>();
        for (Map<String, Term> row : schemes.rows()) {
            Set<String> m = members.computeIfAbsent(row.get("s").value(), k -> new TreeSet<>());
            if (row.containsKey("c")) {
                m.add(row.get("c").value());
            }
        }
        for (Map.Entry<String, Set<String>> s : members.entrySet()) {
            if (!s.getKey().startsWith(Vocabulary.BASE) && s.getValue().isEmpty()) {
                continue;
            }
            a.append("*").append(Adoc.text(index.label(s.getKey()))).append("* ")
                    .append(Adoc.text("(" + PlanIndex.localName(s.getKey()) + ")")).append("::\n");
            List<String> concepts = new ArrayList<>(s.getValue());
            concepts.sort(index.byRankThenLabel());
            StringBuilder line = new StringBuilder();
            for (String c : concepts) {
                if (line.length() > 0) {
                    line.append(", ");
                }
                line.append(index.label(c));
            }
            a.append(Adoc.text(line.length() == 0 ? "no concepts" : line.toString())).append('\n');
        }
        a.append('\n');
        a.append(Adoc.section(1, "shapes", "Checks and shapes"));
        Tables ch = new Tables("3,1,1,1,5", "sp-table", "Check", "Kind", "Clause", "Severity", "What it asserts");
        for (CheckInfo c : checks) {
            ch.row(Adoc.text(c.id()), Adoc.text(c.kind()), Adoc.link(SitePaths.clause(c.clause()), c.clause()),
                    Adoc.text(SeverityWords.of(c.defaultSeverity())), Adoc.text(c.title()));
        }
        a.append(ch.render("No checks are known."));
        // generated from the ontology and the check catalogue: the page does not grow with the plan
        return register(SitePaths.VOCABULARY).opening(a.toString());
    }

    private String names(Set<String> iris) {
        if (iris == null) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (String i : iris) {
            if (i.isEmpty()) {
                continue;
            }
            out.add(i.startsWith(Vocabulary.SP) ? "sp:" + PlanIndex.localName(i) : index.label(i));
        }
        return String.join(", ", out);
    }

    private static String clauses(Set<String> iris) {
        if (iris == null) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (String i : iris) {
            out.add(i.startsWith(Vocabulary.CLAUSE) ? i.substring(Vocabulary.CLAUSE.length()) : PlanIndex.localName(i));
        }
        return String.join(", ", out);
    }
}
