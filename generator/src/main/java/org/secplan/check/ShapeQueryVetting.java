package org.secplan.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.secplan.query.QueryRejectedException;
import org.secplan.query.SafeQueryExecutor;

/**
 * Finds every SPARQL text a SHACL check holds — {@code sh:select} and {@code sh:ask} wherever they stand: SPARQL
 * constraints, SPARQL-based constraint components, SPARQL targets and target types — parses each as jena-shacl will
 * (with the graph's {@code sh:prefixes} declarations) and puts it through the query guard. jena-shacl runs these
 * queries itself, outside secplan's executor, so a shape with a refused query must not run at all.
 */
final class ShapeQueryVetting {

    private static final Set<Node> QUERY_PROPERTIES = Set.of(SHACL.select, SHACL.ask);

    private ShapeQueryVetting() {
    }

    /**
     * A refused query: the message names the property that holds it; {@code query} is the query's text (empty when
     * the property holds no string), by which the shape's file can be searched for its line.
     */
    record Refusal(String query, String message) {
    }

    /** One refusal per query the guard refuses. */
    static List<Refusal> refusals(Graph shapes, SafeQueryExecutor executor) {
        List<Refusal> refusals = new ArrayList<>();
        List<Triple> queries = shapes.find(Node.ANY, Node.ANY, Node.ANY)
                .filterKeep(t -> QUERY_PROPERTIES.contains(t.getPredicate())).toList();
        for (Triple t : queries) {
            String property = t.getPredicate().equals(SHACL.select) ? "sh:select" : "sh:ask";
            if (!t.getObject().isLiteral()) {
                refusals.add(new Refusal("", property + " must hold the query as a string"));
                continue;
            }
            String query = t.getObject().getLiteralLexicalForm();
            try {
                executor.vetShapeQuery(parse(shapes, t.getSubject(), t.getObject().getLiteralLexicalForm()));
            } catch (QueryRejectedException e) {
                refusals.add(new Refusal(query, "the query in " + property + " is refused: " + e.getMessage()));
            } catch (RuntimeException e) {
                refusals.add(new Refusal(query, "the query in " + property + " cannot be read: "
                        + firstLine(e.getMessage())));
            }
        }
        return refusals;
    }

    private static Query parse(Graph shapes, Node holder, String text) {
        return ShLib.parseQueryString(ShLib.prefixes(shapes, holder) + "\n" + text);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
