package org.secplan.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.secplan.plan.Entity;
import org.secplan.query.QueryResult;
import org.secplan.query.Term;
import org.secplan.site.Adoc;

/** A query result as AsciiDoc table lines: entities become links, concepts their labels, literals text. */
final class QueryTables {
    static final int MAX_ROWS = 1000;

    private QueryTables() {
    }

    static List<String> lines(RenderContext context, QueryResult result) {
        List<String> lines = new ArrayList<>();
        if (result.columns().isEmpty() || result.rows().isEmpty()) {
            lines.add("[.sp-empty]");
            lines.add(Adoc.text("The query returned no rows."));
            return lines;
        }
        lines.add("[.sp-table.sp-query,options=\"header\"]");
        lines.add("|===");
        StringBuilder header = new StringBuilder();
        for (String c : result.columns()) {
            header.append("|").append(Adoc.text(c)).append(' ');
        }
        lines.add(header.toString());
        lines.add("");
        int n = 0;
        for (Map<String, Term> row : result.rows()) {
            if (++n > MAX_ROWS) {
                break;
            }
            for (String c : result.columns()) {
                Term t = row.get(c);
                lines.add("| " + (t == null ? "" : cell(context, c, t)));
            }
            lines.add("");
        }
        lines.add("|===");
        if (result.rows().size() > MAX_ROWS) {
            lines.add("");
            lines.add(Adoc.text("Showing the first " + MAX_ROWS + " of " + result.rows().size() + " rows."));
        }
        return lines;
    }

    private static String cell(RenderContext context, String column, Term t) {
        if (t.kind() == Term.Kind.LITERAL && (column.endsWith("Id") || column.equalsIgnoreCase("identifier"))) {
            Optional<Entity> e = context.index().byIdentifier(t.value());
            if (e.isPresent()) {
                return Adoc.link(context.paths().entity(e.get()), t.value());
            }
        }
        if (t.isIri()) {
            Optional<Entity> e = context.index().entity(t.value());
            if (e.isPresent()) {
                Entity en = e.get();
                return Adoc.link(context.paths().entity(en), en.title());
            }
            return Adoc.text(context.index().label(t.value()));
        }
        if (t.kind() == Term.Kind.BLANK) {
            return "";
        }
        return Adoc.text(t.value());
    }
}
