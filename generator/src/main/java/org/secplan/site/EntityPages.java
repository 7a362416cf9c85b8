package org.secplan.site;

import org.secplan.plan.Vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.secplan.check.CheckReport;
import org.secplan.check.Finding;
import org.secplan.plan.Entity;
import org.secplan.query.Term;

import static org.secplan.plan.Vocabulary.sp;

/**
 * One page per plan entity: properties in plain words, what refers to it, its traceability tree, its findings. A
 * list on the page that outgrows a list page (what refers to a role owning thousands of risks, a control's test
 * records) shows its first rows and counts the rest, so that no element's page grows with the plan.
 */
final class EntityPages {
    /** Statements shown elsewhere on the page (title, kind) or meaningless to a reader. */
    private static final Set<String> HIDDEN = Set.of(Vocabulary.RDF + "type", Vocabulary.DCT + "identifier",
            Vocabulary.RDFS + "label", Vocabulary.DCT + "description");

    /** Kinds whose place in the chain the trace macro can draw. */
    private static final Set<String> TRACEABLE = Set.of("SecurityObjective", "Risk", "Control", "Treatment",
            "TangibleAsset", "IntangibleAsset", "Asset", "Obligation");

    private final Fmt fmt;
    private final PlanIndex index;
    private final CheckReport report;
    private final Paging paging;
    private final boolean showSources;

    /** @param showSources whether pages say in which file and line an element is defined (the full edition only) */
    EntityPages(Fmt fmt, CheckReport report, Paging paging, boolean showSources) {
        this.fmt = fmt;
        this.index = fmt.index();
        this.report = report;
        this.paging = paging;
        this.showSources = showSources;
    }

    Page page(Entity e, Kind kind, List<Crumb> crumbs) {
        StringBuilder a = new StringBuilder();
        a.append("[.sp-kind]\n").append(Adoc.text(kind.singular())).append(' ')
                .append(Adoc.text("· serves clause")).append(' ')
                .append(Adoc.link(SitePaths.clause(clauseOf(e, kind)), clauseOf(e, kind)))
                .append(' ').append(Adoc.text("· classification " + index.classification(e.iri()).map(index::label)
                        .orElse("not set"))).append("\n\n");
        index.string(e.iri(), Vocabulary.DCT + "description")
                .ifPresent(d -> a.append("[.sp-lead]\n").append(Adoc.text(d)).append("\n\n"));
        if (kind.local().equals("Risk")) {
            a.append(riskRating(e));
        }
        a.append(Adoc.section(1, "properties", "Properties"));
        a.append(properties(e));
        if (TRACEABLE.contains(kind.local())) {
            a.append(Adoc.section(1, "traceability", "Traceability"));
            // the tree is written into the page itself: what it shows is then part of the page's content (and
            // of its cache key), and converting it costs what converting any list costs
            a.append(new TraceTree(index, fmt.paths()).block(e));
        }
        if (kind.local().equals("Control")) {
            a.append(lifecycle(e));
        }
        a.append(Adoc.section(1, "referenced-by", "Referenced by"));
        a.append(referencedBy(e));
        List<Finding> findings = report.about(e.iri());
        if (!findings.isEmpty()) {
            a.append(Adoc.section(1, "findings", "Findings of the last check"));
            Tables t = new Tables("1,2,5", "sp-table", "Severity", "Check", "Finding");
            for (Finding f : findings) {
                t.row("[.sp-sev-" + f.severity().name().toLowerCase(java.util.Locale.ROOT) + "]##"
                                + Adoc.text(SeverityWords.of(f.severity())) + "##",
                        Adoc.text(f.checkId()), Adoc.text(f.message()));
            }
            a.append(t.render(""));
        }
        // file names and line numbers tell of the plan's layout, and let a reader count what lies above a visible line
        if (e.source() != null && showSources) {
            a.append("[.sp-source]\n").append(Adoc.text("Defined in " + e.source().file() + " at line "
                    + e.source().line() + ".")).append("\n");
        }
        return new Page(fmt.paths().entity(e), e.title(), SitePaths.ENTITY_INDEX, crumbs, a.toString(), null,
                kind.singular(), e.identifier(), null, null);
    }

    private String clauseOf(Entity e, Kind kind) {
        for (String c : index.iris(e.iri(), sp("clause"))) {
            if (c.startsWith(Vocabulary.CLAUSE)) {
                return c.substring(Vocabulary.CLAUSE.length());
            }
        }
        return kind.clause();
    }

    /** A control's lifecycle (clause 5.5): status now, then its tests, monitoring and improvements, latest first. */
    private String lifecycle(Entity c) {
        StringBuilder a = new StringBuilder(Adoc.section(1, "lifecycle", "Lifecycle"));
        a.append(Adoc.text("Status: ")).append(fmt.status(c));
        index.string(c.iri(), sp("selectionRationale"))
                .ifPresent(r -> a.append(' ').append(Adoc.text("— selected because: " + r)));
        a.append("\n\n");
        List<Entity> events = new ArrayList<>();
        events.addAll(index.linking(c.iri(), sp("tests")));
        events.addAll(index.linking(c.iri(), sp("monitors")));
        events.addAll(index.linking(c.iri(), sp("improves")));
        events.sort(java.util.Comparator.comparing((Entity x) -> index.date(x.iri(), Vocabulary.DCT + "date")
                .or(() -> index.date(x.iri(), sp("dueDate"))).orElse(java.time.LocalDate.MIN)).reversed()
                .thenComparing(Entity::identifier, PlanIndex::naturalCompare));
        Tables t = new Tables("1,1,2,3,2", "sp-table", "Date", "Identifier", "Kind", "Record", "Outcome");
        for (Entity x : events) {
            String date = index.date(x.iri(), Vocabulary.DCT + "date").or(() -> index.date(x.iri(), sp("dueDate")))
                    .map(java.time.LocalDate::toString).orElse("");
            String outcome = index.iri(x.iri(), sp("result")).map(index::label)
                    .or(() -> index.string(x.iri(), sp("indicator")))
                    .or(() -> index.iri(x.iri(), sp("actionStatus")).map(index::label)).orElse("");
            t.row(Adoc.text(date), fmt.refId(x), Adoc.text(Kind.of(index, x.iri()).singular()), Adoc.text(x.label()),
                    Adoc.text(outcome));
        }
        if (paging.overflows(t.size())) {
            a.append(t.render(0, paging.preview())).append(Adoc.text(String.format(java.util.Locale.ROOT,
                    "Showing the latest %,d of %,d records.", paging.preview(), t.size()))).append("\n\n");
        } else {
            a.append(t.render("No tests, monitoring or improvements are recorded for this control yet."));
        }
        return a.toString();
    }

    private String riskRating(Entity r) {
        Tables t = new Tables("1,1,1,1", "sp-rating", "Inherent level", "Residual level", "Acceptance level",
                "Over acceptance");
        boolean over = index.overAcceptance(r.iri());
        t.row(fmt.level(index.inherentLevel(r.iri())), fmt.level(index.residualLevel(r.iri())),
                fmt.level(index.acceptanceLevel(r.iri())),
                over ? Fmt.flag(true, index.acceptedAsOf(r.iri()) ? "yes, accepted" : "yes", "")
                        : Adoc.text("no"));
        return t.render("");
    }

    private String properties(Entity e) {
        StringBuilder a = new StringBuilder();
        Map<String, List<Term>> statements = index.statements(e.iri());
        boolean any = false;
        List<String> props = new ArrayList<>(statements.keySet());
        props.removeAll(HIDDEN);
        props.sort((x, y) -> {
            int c = fmt.propertyLabel(x).compareTo(fmt.propertyLabel(y));
            return c != 0 ? c : x.compareTo(y);
        });
        for (String p : props) {
            List<Term> values = statements.get(p);
            a.append(Adoc.text(fmt.propertyLabel(p))).append("::");
            if (values.size() == 1) {
                a.append(' ').append(fmt.value(values.get(0))).append('\n');
            } else {
                a.append('\n');
                boolean cut = paging.overflows(values.size());
                for (Term v : cut ? values.subList(0, paging.preview()) : values) {
                    a.append("* ").append(fmt.value(v)).append('\n');
                }
                if (cut) {
                    a.append("* ").append(Adoc.text(String.format(java.util.Locale.ROOT, "and %,d more",
                            values.size() - paging.preview()))).append('\n');
                }
            }
            any = true;
        }
        a.append('\n');
        return any ? "[.sp-props]\n" + a : "[.sp-empty]\n" + Adoc.text("No further properties.") + "\n\n";
    }

    private String referencedBy(Entity e) {
        // relationship as a reader says it → the elements in it, in the index's stable order
        Map<String, List<Entity>> byRelationship = new LinkedHashMap<>();
        List<Map.Entry<String, Entity>> rows = new ArrayList<>();
        for (PlanIndex.Link l : index.incoming(e.iri())) {
            Entity s = index.entity(l.subject()).orElse(null);
            if (s == null) {
                continue;
            }
            String relationship = Kind.of(index, s.iri()).singular() + " — "
                    + fmt.propertyLabel(l.property()).toLowerCase(java.util.Locale.ROOT);
            rows.add(Map.entry(relationship, s));
            byRelationship.computeIfAbsent(relationship, k -> new ArrayList<>()).add(s);
        }
        Tables t = new Tables("2,1,4", "sp-table", "Relationship", "Identifier", "Element");
        if (!paging.overflows(rows.size())) {
            for (Map.Entry<String, Entity> r : rows) {
                t.row(Adoc.text(r.getKey()), fmt.refId(r.getValue()), Adoc.text(r.getValue().label()));
            }
            return t.render("Nothing in the plan refers to this element.");
        }
        // a widely used element (a role owning thousands of risks): a few of each relationship, and counts
        for (Map.Entry<String, List<Entity>> r : byRelationship.entrySet()) {
            List<Entity> list = r.getValue();
            for (Entity s : list.subList(0, Math.min(list.size(), paging.preview()))) {
                t.row(Adoc.text(r.getKey()), fmt.refId(s), Adoc.text(s.label()));
            }
            if (list.size() > paging.preview()) {
                t.row(Adoc.text(r.getKey()), "", Adoc.text(String.format(java.util.Locale.ROOT, "and %,d more",
                        list.size() - paging.preview())));
            }
        }
        return Adoc.text(String.format(java.util.Locale.ROOT, "%,d references to this element; the first %,d of each "
                + "relationship are listed.", rows.size(), paging.preview())) + "\n\n" + t.render("");
    }
}
