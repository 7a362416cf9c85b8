package org.secplan.render;

import org.secplan.plan.Vocabulary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockProcessor;
import org.asciidoctor.extension.Contexts;
import org.asciidoctor.extension.Name;
import org.asciidoctor.extension.Reader;
import org.secplan.base.SecplanException;
import org.secplan.base.Severity;
import org.secplan.site.Adoc;

/**
 * An inline SPARQL SELECT rendered as a table:
 * <pre>
 * [query]
 * ----
 * SELECT ?risk WHERE { ?risk a sp:Risk }
 * ----
 * </pre>
 * The usual prefixes (sp, spk, rdfs, skos, dcterms, ...) are declared for the query. It runs read-only and
 * time-limited through the front door's executor.
 */
@Name("query")
@Contexts({Contexts.LISTING, Contexts.LITERAL})
final class QueryBlock extends BlockProcessor {
    private final RenderContext context;

    QueryBlock(RenderContext context) {
        this.context = context;
    }

    @Override
    public Object process(StructuralNode parent, Reader reader, Map<String, Object> attributes) {
        if (context.outlining() || ClassificationMarks.of(attributes).filter(context::withholdsLevel).isPresent()) {
            reader.readLines();
            return null; // only outlining, or a block the edition leaves out: nothing to make or record
        }
        int line = reader.getLineNumber();
        String sparql = String.join("\n", reader.readLines());
        List<String> lines = produce(sparql, line);
        Map<String, Object> attrs = new HashMap<>();
        attrs.put("role", "sp-query-result");
        Block block = createBlock(parent, "open", "", attrs);
        parseContent(block, context.forMedium(lines));
        return block;
    }

    /** The result table's AsciiDoc lines for one inline query, recorded (see {@link MacroReplay}). */
    List<String> produce(String sparql, int line) {
        return context.record(new MacroCall(MacroCall.QUERY_BLOCK, sparql, Map.of()), lines(sparql, line));
    }

    private List<String> lines(String sparql, int line) {
        try {
            if (context.queries() == null) {
                throw new SecplanException("queries are not available in this render");
            }
            String full = sparql.toUpperCase(java.util.Locale.ROOT).contains("PREFIX SP:") ? sparql
                    : org.secplan.plan.Vocabulary.PREFIXES + sparql;
            return QueryTables.lines(context, context.queries().sparql(full));
        } catch (RuntimeException e) {
            context.report("render-query", Severity.ERROR, Math.max(1, line - 1),
                    "inline query failed: " + e.getMessage());
            return List.of(Adoc.text("The query could not be run."));
        }
    }
}
