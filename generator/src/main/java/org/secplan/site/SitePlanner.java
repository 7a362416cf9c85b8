package org.secplan.site;

import org.secplan.plan.Vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.secplan.check.CheckInfo;
import org.secplan.check.CheckReport;
import org.secplan.check.Finding;
import org.secplan.plan.Entity;

import static org.secplan.plan.Vocabulary.sp;

/**
 * Decides the pages of a plan site: a pure function of the plan (read through {@link PlanIndex}), the last check
 * report, the check catalogue, the narrative pages and the {@link View}. Nothing is rendered or written here; every
 * page body is AsciiDoc that may use the plan macros ({@code trace::}, {@code heatmap::}, {@code entity:},
 * {@code query::}).
 */
public final class SitePlanner {

    /** How many rows a list page holds before the list continues on the next page (see {@link Paging}). */
    public static final int PAGE_SIZE = Paging.DEFAULT.rows();

    private final PlanIndex index;
    private final SitePaths paths;
    private final Fmt fmt;
    private final CheckReport report;
    private final List<CheckInfo> checks;
    private final List<NarrativeSource> narrative;
    private final View view;
    private final Paging paging;
    /** The edition's PDF, linked from the home page; null when the edition has none. */
    private final String pdf;

    public SitePlanner(PlanIndex index, CheckReport report, List<CheckInfo> checks, List<NarrativeSource> narrative,
                       View view) {
        this(index, report, checks, narrative, view, Paging.DEFAULT, null);
    }

    /** A planner whose home page links the edition's PDF at site path {@code pdf}. */
    public SitePlanner(PlanIndex index, CheckReport report, List<CheckInfo> checks, List<NarrativeSource> narrative,
                       View view, String pdf) {
        this(index, report, checks, narrative, view, Paging.DEFAULT, pdf);
    }

    /** A planner that cuts lists into pages of {@code paging.rows()} rows. */
    SitePlanner(PlanIndex index, CheckReport report, List<CheckInfo> checks, List<NarrativeSource> narrative,
                View view, Paging paging) {
        this(index, report, checks, narrative, view, paging, null);
    }

    private SitePlanner(PlanIndex index, CheckReport report, List<CheckInfo> checks, List<NarrativeSource> narrative,
                        View view, Paging paging, String pdf) {
        this.pdf = pdf;
        this.paging = paging;
        this.index = index;
        this.paths = new SitePaths(index);
        this.fmt = new Fmt(index, paths, paging);
        this.report = report;
        this.checks = checks.stream().sorted(Comparator.comparing(CheckInfo::id)).toList();
        // the edition decides which narrative pages it holds and strips sections above its level, before planning
        this.narrative = narrative.stream().map(view.pages()).flatMap(Optional::stream)
                .sorted(Comparator.comparing(NarrativeSource::file)).toList();
        this.view = view;
    }

    public SitePaths paths() {
        return paths;
    }

    public Site plan() {
        Optional<Entity> plan = index.plan();
        String title = plan.map(Entity::label).or(() -> Optional.ofNullable(view.masthead().title()))
                .orElse("Security plan");
        String version = plan.flatMap(p -> index.string(p.iri(), sp("version"))).orElse(null);
        FullLists fullLists = new FullLists(paging);
        SummaryLists summaryLists = new SummaryLists(fmt);
        List<Page> pages = new ArrayList<>();
        pages.add(home(title, summaryLists.headline()));
        pages.addAll(Page.chain(new PartPages(fmt, report, paging, fullLists, summaryLists).pages()));
        // a register of several pages is read page by page before the next register
        pages.addAll(Page.chain(new RegisterPages(fmt, report, checks, paging, fullLists, summaryLists,
                view.clearance().readsEverything()).pages()));
        pages.addAll(fullLists.pages());
        pages.addAll(Page.chain(narrativePages()));
        pages.addAll(kindPages());
        if (view.control().bound()) {
            pages.add(new ChangesPage(index, fmt, view.control(), view.clearance().readsEverything()).page());
        }
        return new Site(title, classificationBanner(), version, view, nav(), pages, List.of());
    }

    // ---------------------------------------------------------------- navigation and banner

    private List<NavItem> nav() {
        List<NavItem> nav = new ArrayList<>();
        nav.add(NavItem.link("Home", SitePaths.HOME, "home"));
        nav.add(new NavItem("The plan", null, null, List.of(
                NavItem.link("Governance", SitePaths.GOVERNANCE, "part-5.2"),
                NavItem.link("Management of risk", SitePaths.RISK, "part-5.3"),
                NavItem.link("Security controls", SitePaths.CONTROLS, "part-5.4"),
                NavItem.link("Security controls process", SitePaths.PROCESS, "part-5.5"))));
        List<NavItem> registers = new ArrayList<>();
        for (RegisterPages.Register r : RegisterPages.REGISTERS) {
            registers.add(NavItem.link(r.navLabel(), r.path(), r.path()));
        }
        registers.add(NavItem.link("All plan elements", SitePaths.ENTITY_INDEX, SitePaths.ENTITY_INDEX));
        if (view.control().bound()) {
            registers.add(NavItem.link("Changes since endorsement", SitePaths.CHANGES, SitePaths.CHANGES));
        }
        nav.add(new NavItem("Registers and views", null, null, registers));
        if (!narrative.isEmpty()) {
            List<NavItem> docs = new ArrayList<>();
            for (NarrativeSource n : narrative) {
                docs.add(NavItem.link(narrativeTitle(n), SitePaths.narrative(n.file()), SitePaths.narrative(n.file())));
            }
            nav.add(new NavItem("Plan documents", null, null, docs));
        }
        return nav;
    }

    /** The highest classification of any content included in this edition, upper-case, e.g. "RESTRICTED". */
    String classificationBanner() {
        if (view.level() != null) {
            return view.level().toUpperCase(java.util.Locale.ROOT);
        }
        String best = null;
        int bestRank = Integer.MIN_VALUE;
        List<String> candidates = new ArrayList<>();
        index.plan().flatMap(p -> index.iri(p.iri(), sp("defaultClassification"))).ifPresent(candidates::add);
        for (Entity e : index.entities()) {
            candidates.addAll(index.iris(e.iri(), sp("classification")));
        }
        for (String level : candidates) {
            int r = index.rank(level).orElse(0);
            if (best == null || r > bestRank || (r == bestRank && level.compareTo(best) < 0)) {
                best = level;
                bestRank = r;
            }
        }
        return best == null ? "UNCLASSIFIED" : index.label(best).toUpperCase(java.util.Locale.ROOT);
    }

    // ---------------------------------------------------------------- home

    private Page home(String title, Headline h) {
        StringBuilder a = new StringBuilder();
        Optional<Entity> planEntity = index.plan();
        if (planEntity.isPresent()) {
            String p = planEntity.get().iri();
            index.string(p, Vocabulary.DCT + "description").ifPresent(d -> a.append("[.sp-lead]\n").append(Adoc.text(d)).append("\n\n"));
        } else if (view.masthead().summary() != null) {
            a.append("[.sp-lead]\n").append(Adoc.text(view.masthead().summary())).append("\n\n");
        }
        if (!view.withheldNotice().isEmpty()) {
            a.append(withheldNotice());
        }
        a.append(Adoc.section(1, "at-a-glance", "At a glance"));
        a.append(h.figures());
        a.append(Adoc.section(1, SitePaths.clauseAnchor("4"), "Document control"));
        if (pdf != null) {
            a.append("[.sp-pdf]\n").append(Adoc.text("This edition as one document, for print and signature:"))
                    .append(' ').append(Adoc.link(pdf, "the plan as PDF")).append(".\n\n");
        }
        a.append(documentControl());
        if (planEntity.isPresent()) {
            a.append(Adoc.section(2, "plan-hierarchy", "Plan hierarchy"));
            a.append(hierarchy(planEntity.get()));
        }
        a.append(Adoc.section(1, SitePaths.clauseAnchor("5.1"), "The four parts of the plan"));
        a.append("[.sp-parts]\n");
        part(a, SitePaths.GOVERNANCE, "Governance", "5.2",
                "Objectives, scope, leadership, obligations, roles, communication, documents, reporting, evaluation and improvement.");
        part(a, SitePaths.RISK, "Management of risk", "5.3",
                "Context and criteria, risk assessment, treatment, acceptance, consultation, monitoring and records.");
        part(a, SitePaths.CONTROLS, "Security controls", "5.4",
                "Levels of protection, procedures, the controls of each protective-security domain, contingency plans and timelines.");
        part(a, SitePaths.PROCESS, "Security controls process", "5.5",
                "How controls are selected, implemented, tested, monitored and judged effective.");
        a.append('\n');
        a.append(Adoc.section(1, SitePaths.clauseAnchor("3.1"), "Classification and need-to-know"));
        a.append(classificationSection());
        a.append(Adoc.section(1, "check-status", "Check status"));
        a.append(Adoc.text(String.format(java.util.Locale.ROOT,
                "The last check of this plan found %d errors, %d warnings and %d notes.",
                report.errors(), report.warnings(), report.infos()))).append(' ')
                .append(Adoc.link(SitePaths.FINDINGS, "See the findings")).append(".\n\n");
        return new Page(SitePaths.HOME, title, "home", List.of(), a.toString(), null, "Home", null, null, null);
    }

    /** "n items withheld", per kind: only counts, never what they are (a plan setting, off by default). */
    private String withheldNotice() {
        int total = view.withheldNotice().values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder a = new StringBuilder("[.sp-withheld-notice]\n****\n");
        a.append(Adoc.text(total + (total == 1 ? " item of the plan is" : " items of the plan are")
                + " withheld from this edition:")).append("\n\n");
        for (Map.Entry<String, Integer> e : new TreeMap<>(view.withheldNotice()).entrySet()) {
            a.append("* ").append(Adoc.text(e.getKey() + ": " + e.getValue())).append('\n');
        }
        return a.append("****\n\n").toString();
    }

    private void part(StringBuilder a, String path, String name, String clause, String what) {
        a.append("* ").append(Adoc.link(path, clause + " " + name)).append(" ").append(Adoc.text("— " + what)).append('\n');
    }

    /**
     * The document control of the plan as this edition may show it (AsciiDoc): the table of title, version, status,
     * endorsement, dates and owners, or why there is none. The home page and the cover of the edition's PDF show it.
     */
    public String documentControl() {
        Optional<Entity> planEntity = index.plan();
        if (planEntity.isEmpty()) {
            return "[.sp-empty]\n" + Adoc.text(view.masthead().planWithheld()
                    ? "The plan's document control is not part of this edition."
                    : "The plan does not describe itself yet: add the security plan element, with its title, "
                            + "version, status, owner and endorsement.") + "\n\n";
        }
        return documentControl(planEntity.get());
    }

    private String documentControl(Entity plan) {
        String p = plan.iri();
        Tables t = new Tables("1,3", "sp-facts", "Item", "Value");
        t.row(Adoc.text("Title"), Adoc.text(plan.label()));
        t.row(Adoc.text("Identifier"), Adoc.text(plan.identifier()));
        t.row(Adoc.text("Organization"), fmt.iris(p, sp("organization")));
        t.row(Adoc.text("Version"), fmt.str(p, sp("version")));
        t.row(Adoc.text("Status"), fmt.conceptText(p, sp("planStatus")));
        StringBuilder endorsement = new StringBuilder();
        for (String e : index.iris(p, sp("endorsement"))) {
            if (endorsement.length() > 0) {
                endorsement.append("; ");
            }
            endorsement.append(Adoc.text("version " + index.string(e, sp("endorsedVersion")).orElse("?")
                    + " endorsed on " + index.string(e, sp("endorsedOn")).orElse("?") + " by ")).append(' ')
                    .append(fmt.firstIri(e, sp("endorsedBy")));
        }
        t.row(Adoc.text("Endorsement"), endorsement.length() == 0 ? Adoc.text("not endorsed") : endorsement.toString());
        ChangesPage.rows(t, view.control());
        t.row(Adoc.text("Effective date"), fmt.date(p, sp("effectiveDate")));
        boolean reviewPast = index.date(p, sp("nextReviewDate")).map(d -> d.isBefore(index.asOf())).orElse(false);
        t.row(Adoc.text("Next review"), fmt.date(p, sp("nextReviewDate")) + " " + Fmt.flag(reviewPast, "overdue", ""));
        t.row(Adoc.text("Classification"), Adoc.text(index.classification(p).map(index::label).orElse("not classified")));
        t.row(Adoc.text("Accountable role"), fmt.iris(p, sp("accountableRole")));
        t.row(Adoc.text("Document owner"), fmt.iris(p, sp("documentOwner")));
        t.row(Adoc.text("Storage location"), fmt.str(p, sp("storageLocation")));
        t.row(Adoc.text("Retention"), fmt.str(p, sp("retention")));
        t.row(Adoc.text("Disposal"), fmt.str(p, sp("disposalMethod")));
        t.row(Adoc.text("Judged as of"), Adoc.text(index.asOf().toString()));
        return t.render("");
    }

    private String hierarchy(Entity plan) {
        StringBuilder a = new StringBuilder("[.sp-tree]\n");
        List<Entity> parents = index.linking(plan.iri(), sp("supportingPlan"));
        String indent = "*";
        for (Entity parent : parents) {
            a.append(indent).append(' ').append(fmt.ref(parent)).append(' ').append(Adoc.text("(overarching plan)")).append('\n');
        }
        if (!parents.isEmpty()) {
            indent = "**";
        }
        a.append(indent).append(" *").append(Adoc.text(plan.title())).append("* ").append(Adoc.text("(this plan)")).append('\n');
        for (Entity s : index.linked(plan.iri(), sp("supportingPlan"))) {
            a.append(indent).append("* ").append(fmt.ref(s)).append(' ').append(Adoc.text("(supporting plan)")).append('\n');
        }
        return a.append('\n').toString();
    }

    private String classificationSection() {
        StringBuilder a = new StringBuilder();
        a.append(Adoc.text("Every element of the plan carries a classification level, its own or the plan's default. "
                + "Readers see only what their clearance and need-to-know allow.")).append("\n\n");
        Map<String, Integer> counts = new TreeMap<>();
        for (Entity e : index.entities()) {
            index.classification(e.iri()).ifPresent(l -> counts.merge(l, 1, Integer::sum));
        }
        List<String> levels = new ArrayList<>(counts.keySet());
        index.plan().flatMap(p -> index.iri(p.iri(), sp("classificationScheme")))
                .or(() -> Optional.of(Vocabulary.spk("classification-levels")))
                .ifPresent(s -> index.concepts(s).forEach(c -> {
                    if (!levels.contains(c)) {
                        levels.add(c);
                    }
                }));
        // a lower edition names no level above its own, nor an audience that reads one
        int cleared = view.clearance().readsEverything() ? Integer.MAX_VALUE
                : index.rank(view.clearance().levelIri()).orElse(Integer.MIN_VALUE);
        levels.removeIf(l -> index.rank(l).orElse(Integer.MAX_VALUE) > cleared);
        levels.sort(index.byRankThenLabel());
        Tables t = new Tables("2,1,4", "sp-table", "Level", "Elements", "Meaning");
        for (String l : levels) {
            t.row(Adoc.text(index.label(l)), Adoc.text(String.valueOf(counts.getOrDefault(l, 0))),
                    Adoc.text(index.definition(l).orElse("")));
        }
        a.append(t.render("No classification levels are defined."));
        List<Entity> audiences = index.ofType(sp("Audience")).stream()
                .filter(au -> index.iri(au.iri(), sp("maxClassification")).flatMap(index::rank)
                        .orElse(Integer.MAX_VALUE) <= cleared).toList();
        if (!audiences.isEmpty()) {
            Tables at = new Tables("1,3,2", "sp-table", "Audience", "Name", "Reads up to");
            for (Entity au : audiences) {
                at.row(fmt.refId(au), Adoc.text(au.label()), fmt.conceptText(au.iri(), sp("maxClassification")));
            }
            a.append(at.render(""));
        }
        return a.toString();
    }

    // ---------------------------------------------------------------- narrative pages

    private List<Page> narrativePages() {
        List<Page> out = new ArrayList<>();
        for (NarrativeSource n : narrative) {
            String path = SitePaths.narrative(n.file());
            out.add(new Page(path, narrativeTitle(n), path,
                    List.of(new Crumb("Home", SitePaths.HOME)), withoutTitleLine(n.content()), n.file(), "Plan document",
                    null, null, null));
        }
        return out;
    }

    static String narrativeTitle(NarrativeSource n) {
        for (String line : n.content().split("\n", 50)) {
            if (line.startsWith("= ")) {
                return line.substring(2).strip();
            }
        }
        String name = n.file().substring(n.file().lastIndexOf('/') + 1).replaceAll("\\.adoc$", "");
        return Fmt.capitalise(name.replace('-', ' ').replace('_', ' '));
    }

    /** The page's own {@code = Title} becomes the site's heading; the line stays (blank) so that line numbers hold. */
    static String withoutTitleLine(String content) {
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("= ")) {
                lines[i] = "";
                break;
            }
            if (!lines[i].isBlank() && !lines[i].startsWith("//") && !lines[i].startsWith(":")) {
                break;
            }
        }
        return String.join("\n", lines);
    }

    // ---------------------------------------------------------------- entity pages and per-kind registers

    private List<Page> kindPages() {
        Map<Kind, List<Entity>> byKind = new LinkedHashMap<>();
        for (Kind k : Kind.ALL) {
            byKind.put(k, new ArrayList<>());
        }
        byKind.put(Kind.OTHER, new ArrayList<>());
        for (Entity e : index.entities()) {
            byKind.get(Kind.of(index, e.iri())).add(e);
        }
        List<Page> out = new ArrayList<>();
        StringBuilder overview = new StringBuilder();
        overview.append(Adoc.text("Every element of the plan, by kind. Each has its own page with its properties, "
                + "what refers to it and its place in the traceability chain.")).append("\n\n");
        Tables t = new Tables("3,1,1", "sp-table", "Kind", "Count", "Clause");
        List<Page> kindIndexPages = new ArrayList<>();
        List<Page> entityPages = new ArrayList<>();
        EntityPages ep = new EntityPages(fmt, report, paging, view.clearance().readsEverything());
        for (Map.Entry<Kind, List<Entity>> e : byKind.entrySet()) {
            Kind k = e.getKey();
            List<Entity> list = e.getValue();
            if (list.isEmpty()) {
                continue;
            }
            t.row(Adoc.link(SitePaths.kindIndex(k, 1), k.plural()), Adoc.text(String.valueOf(list.size())),
                    Adoc.link(SitePaths.clause(k.clause()), k.clause()));
            kindIndexPages.addAll(Page.chain(kindIndex(k, list).pages()));
            List<Page> ofKind = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Entity ent = list.get(i);
                // the kind's list is one table, so row i is on page i / rows + 1
                List<Crumb> crumbs = List.of(new Crumb("Home", SitePaths.HOME),
                        new Crumb("All plan elements", SitePaths.ENTITY_INDEX),
                        new Crumb(k.plural(), SitePaths.kindIndex(k, i / paging.rows() + 1)));
                ofKind.add(ep.page(ent, k, crumbs));
            }
            entityPages.addAll(Page.chain(ofKind));
        }
        out.add(new Page(SitePaths.ENTITY_INDEX, "All plan elements", SitePaths.ENTITY_INDEX,
                List.of(new Crumb("Home", SitePaths.HOME)), overview + t.render("The plan has no elements yet."),
                null, "Register", null, null, null));
        out.addAll(kindIndexPages);
        out.addAll(entityPages);
        return out;
    }

    /** The list of every element of a kind. */
    private PagedList kindIndex(Kind k, List<Entity> list) {
        int total = list.size();
        PagedList l = new PagedList(paging, SitePaths.kindIndex(k, 1), k.plural(), SitePaths.ENTITY_INDEX,
                List.of(new Crumb("Home", SitePaths.HOME), new Crumb("All plan elements", SitePaths.ENTITY_INDEX)),
                "Register");
        l.opening(Adoc.text(total + " " + (total == 1 ? k.singular().toLowerCase(java.util.Locale.ROOT)
                : k.plural().toLowerCase(java.util.Locale.ROOT)) + " in the plan.") + " " + Adoc.text("They serve clause")
                + " " + Adoc.link(SitePaths.clause(k.clause()), k.clause()) + ".\n\n");
        Tables t = new Tables("1,4,1", "sp-table", "Identifier", "Name", "Classification");
        for (Entity e : list) {
            t.row(fmt.refId(e), Adoc.text(e.label()),
                    Adoc.text(index.classification(e.iri()).map(index::label).orElse("")));
        }
        return l.table(t, "");
    }
}
