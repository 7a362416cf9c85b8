package org.secplan.render;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.asciidoctor.extension.Name;
import org.secplan.base.SecplanException;
import org.secplan.base.Severity;
import org.secplan.query.QueryResult;
import org.secplan.site.Adoc;

/**
 * {@code query::risks-over-acceptance[]} or {@code query::objective-coverage[objective=O-001]}: a named query's
 * result as a table. Named attributes become the query's parameters. An unknown query or a failing one is an ERROR
 * finding with the page's file and line.
 */
@Name("query")
final class QueryMacro extends LinesBlockMacro {

    QueryMacro(RenderContext context) {
        super(context, MacroCall.QUERY, "sp-query-result");
    }

    @Override
    List<String> lines(String target, Map<String, String> attributes, int line) {
        Map<String, String> parameters = new TreeMap<>();
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            String k = a.getKey();
            if (!k.matches("\\d+") && !k.equals("title") && !k.equals("role") && !k.equals("id")
                    && !k.equals("opts") && !k.equals("options") && !k.endsWith("-option")) {
                parameters.put(k, a.getValue());
            }
        }
        try {
            if (context.queries() == null) {
                throw new SecplanException("queries are not available in this render");
            }
            QueryResult result = context.queries().named(target, parameters);
            return QueryTables.lines(context, result);
        } catch (RuntimeException e) {
            context.report("render-query", Severity.ERROR, context.lineOf("query::" + target, line),
                    "query '" + target + "' failed: " + e.getMessage());
            return List.of(Adoc.text("The query " + target + " could not be run."));
        }
    }
}
