package org.secplan.site;

import org.secplan.plan.Vocabulary;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.secplan.plan.Entity;
import org.secplan.query.Term;

import static org.secplan.plan.Vocabulary.sp;

/** Turning graph values into escaped AsciiDoc a person reads: links, plain words for dates, durations, levels. */
final class Fmt {
    private final PlanIndex index;
    private final SitePaths paths;
    private final Paging paging;

    Fmt(PlanIndex index, SitePaths paths, Paging paging) {
        this.index = index;
        this.paths = paths;
        this.paging = paging;
    }

    PlanIndex index() {
        return index;
    }

    SitePaths paths() {
        return paths;
    }

    /** Link to an entity: "R-012 Flooding of the pump station". */
    String ref(Entity e) {
        return Adoc.link(paths.entity(e), e.title());
    }

    /** Link showing the label only (the identifier being in a column beside it). */
    String refLabel(Entity e) {
        return Adoc.link(paths.entity(e), e.label());
    }

    /** Link showing the identifier only. */
    String refId(Entity e) {
        return Adoc.link(paths.entity(e), e.identifier());
    }

    String refs(List<Entity> entities) {
        if (entities.isEmpty()) {
            return "";
        }
        StringJoiner j = new StringJoiner(", ");
        for (Entity e : entities) {
            j.add(ref(e));
        }
        return j.toString();
    }

    /**
     * Links showing identifiers, for a table cell: a widely linked element (an obligation met by 500 controls)
     * would otherwise fill one cell with more links than a whole list page holds, so the cell shows the first few
     * and counts the rest.
     */
    String refIds(List<Entity> entities) {
        StringJoiner j = new StringJoiner(", ");
        int shown = entities.size() > paging.preview() ? paging.preview() : entities.size();
        for (Entity e : entities.subList(0, shown)) {
            j.add(refId(e));
        }
        if (shown < entities.size()) {
            j.add(Adoc.text(String.format(Locale.ROOT, "and %,d more", entities.size() - shown)));
        }
        return j.toString();
    }

    /** A linked entity's reference, or the IRI's label as text. */
    String iri(String iri) {
        if (PlanIndex.WITHHELD.equals(iri)) {
            return "[.sp-withheld]#" + Adoc.text("withheld") + "#";
        }
        Optional<Entity> e = index.entity(iri);
        return e.map(this::ref).orElseGet(() -> Adoc.text(index.label(iri)));
    }

    String firstIri(String subject, String property) {
        return index.iri(subject, property).map(this::iri).orElse("");
    }

    String iris(String subject, String property) {
        StringJoiner j = new StringJoiner(", ");
        for (String iri : index.iris(subject, property)) {
            j.add(iri(iri));
        }
        return j.toString();
    }

    /** Label of a concept value (or linked entity), as text. */
    String conceptText(String subject, String property) {
        StringJoiner j = new StringJoiner(", ");
        for (String iri : index.iris(subject, property)) {
            j.add(index.label(iri));
        }
        return Adoc.text(j.toString());
    }

    String str(String subject, String property) {
        List<String> out = new ArrayList<>();
        for (Term t : index.values(subject, property)) {
            if (t.kind() == Term.Kind.LITERAL) {
                out.add(literal(t));
            }
        }
        return Adoc.text(String.join("; ", out));
    }

    String date(String subject, String property) {
        return index.date(subject, property).map(LocalDate::toString).map(Adoc::text).orElse("");
    }

    String duration(String subject, String property) {
        return index.string(subject, property).map(Fmt::durationWords).map(Adoc::text).orElse("");
    }

    /** A literal in plain words. */
    static String literal(Term t) {
        String dt = t.datatype() == null ? "" : t.datatype();
        if (dt.equals(Vocabulary.XSD + "boolean")) {
            return "true".equals(t.value()) || "1".equals(t.value()) ? "yes" : "no";
        }
        if (dt.equals(Vocabulary.XSD + "duration") || (dt.isEmpty() && t.value().matches("P(\\d+[YMWD])+"))) {
            return durationWords(t.value());
        }
        return t.value();
    }

    static String durationWords(String iso) {
        Optional<Period> p = PlanDates.period(iso);
        if (p.isEmpty() || p.get().isZero()) {
            return iso;
        }
        Period d = p.get();
        List<String> parts = new ArrayList<>();
        unit(parts, d.getYears(), "year");
        unit(parts, d.getMonths(), "month");
        if (d.getDays() % 7 == 0 && d.getDays() > 0) {
            unit(parts, d.getDays() / 7, "week");
        } else {
            unit(parts, d.getDays(), "day");
        }
        return "every " + String.join(" and ", parts);
    }

    private static void unit(List<String> parts, int n, String word) {
        if (n == 1) {
            parts.add(word);
        } else if (n > 1) {
            parts.add(n + " " + word + "s");
        }
    }

    /** One value in plain words, as AsciiDoc: entity link, concept label, date, duration, text, nested node. */
    String value(Term t) {
        switch (t.kind()) {
            case IRI:
                return iri(t.value());
            case BLANK:
                return Adoc.text(blank(t.value()));
            default:
                return Adoc.text(literal(t));
        }
    }

    /** A blank node (competence requirement, matrix cell) in words: its values joined. */
    String blank(String label) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<Term>> e : index.statements(label).entrySet()) {
            if (e.getKey().equals(Vocabulary.RDF + "type")) {
                continue;
            }
            for (Term v : e.getValue()) {
                String shown = v.isIri() ? index.label(v.value()) : literal(v);
                parts.add(propertyLabel(e.getKey()) + " " + shown);
            }
        }
        return String.join(", ", parts);
    }

    /** A property's name as a person says it, capitalised: "Inherent likelihood". */
    String propertyLabel(String property) {
        String l = index.hasLabel(property) ? index.label(property) : PlanIndex.words(PlanIndex.localName(property));
        return capitalise(l);
    }

    static String capitalise(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** A risk level with its rank, e.g. "High (3)", as text. */
    String level(Optional<String> level) {
        return level.map(l -> Adoc.text(index.label(l))).orElse(Adoc.text("not rated"));
    }

    /** A yes/no marker that never relies on colour. */
    static String flag(boolean on, String yes, String no) {
        return on ? "[.sp-flag]##" + Adoc.text(yes) + "##" : (no.isEmpty() ? "" : Adoc.text(no));
    }

    String status(Entity control) {
        String s = conceptText(control.iri(), sp("status"));
        String e = conceptText(control.iri(), sp("effectiveness"));
        if (s.isEmpty() && e.isEmpty()) {
            return Adoc.text("no status");
        }
        return e.isEmpty() ? s : s.isEmpty() ? e : s + ", " + e;
    }
}
