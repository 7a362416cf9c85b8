package org.secplan.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * {@code list:member}, {@code list:index} and {@code list:length} answer as ARQ's do on a proper list, stop with a
 * clear error on a list that leads back into itself (ARQ's walk never ends there), and stop at the timeout.
 */
class CyclicListTest {

    private static final String PREFIXES = "PREFIX list: <http://jena.apache.org/ARQ/list#>\n";
    private static final Duration WELL_WITHIN = Duration.ofSeconds(10);

    private final SafeQueryExecutor executor = new SafeQueryExecutor(QueryPolicy.defaults(), new QueryGuard());

    /** {@code <urn:list>} holds a, b, c; with {@code cyclic}, c's rest leads back to the first cell. */
    private static DatasetGraph list(boolean cyclic) {
        Graph g = GraphFactory.createDefaultGraph();
        Node[] cells = {NodeFactory.createURI("urn:list"), NodeFactory.createBlankNode(), NodeFactory.createBlankNode()};
        String[] members = {"a", "b", "c"};
        for (int i = 0; i < cells.length; i++) {
            g.add(Triple.create(cells[i], RDF.first.asNode(), NodeFactory.createLiteralString(members[i])));
            Node rest = i + 1 < cells.length ? cells[i + 1] : cyclic ? cells[0] : RDF.nil.asNode();
            g.add(Triple.create(cells[i], RDF.rest.asNode(), rest));
        }
        return DatasetGraphFactory.wrap(g);
    }

    private List<String> column(QueryResult result, String column) {
        return result.rows().stream().map(r -> r.get(column).value()).toList();
    }

    @Test
    void listFunctionsAnswerAsArqDoesOnAProperList() {
        assertEquals(List.of("a", "b", "c"), column(executor.execute(list(false),
                PREFIXES + "SELECT ?m { <urn:list> list:member ?m }", Map.of()), "m"));
        assertEquals(List.of("1"), column(executor.execute(list(false),
                PREFIXES + "SELECT ?i { <urn:list> list:index (?i \"b\") }", Map.of()), "i"));
        assertEquals(List.of("3"), column(executor.execute(list(false),
                PREFIXES + "SELECT ?n { ?l list:length ?n }", Map.of()), "n"));
        assertEquals("true", column(executor.execute(list(false),
                PREFIXES + "ASK { <urn:list> list:member \"c\" }", Map.of()), "result").get(0));
    }

    @Test
    void cyclicListStopsAtOnceWithAClearError() {
        for (String sparql : List.of("SELECT ?m { <urn:list> list:member ?m }",
                "SELECT ?n { <urn:list> list:length ?n }",
                "SELECT ?i ?m { <urn:list> list:index (?i ?m) }", "ASK { <urn:list> list:member \"z\" }")) {
            QueryRejectedException e = assertTimeoutPreemptively(WELL_WITHIN, () -> assertThrows(
                    QueryRejectedException.class, () -> executor.execute(list(true), PREFIXES + sparql, Map.of())));
            assertTrue(e.getMessage().contains("<urn:list> leads back into itself"), sparql + ": " + e.getMessage());
        }
    }

    @Test
    void aCycleWithoutAHeadIsNoListToLookFor() {
        QueryResult r = assertTimeoutPreemptively(WELL_WITHIN, () -> executor.execute(list(true),
                PREFIXES + "SELECT ?l ?m { ?l list:member ?m }", Map.of()));
        assertEquals(0, r.size());
    }

    @Test
    void pathsOverACyclicListEndOnTheirOwn() {
        QueryResult r = assertTimeoutPreemptively(WELL_WITHIN, () -> executor.execute(list(true),
                "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
                        + "SELECT DISTINCT ?m { <urn:list> rdf:rest*/rdf:first ?m } ORDER BY ?m", Map.of()));
        assertEquals(List.of("a", "b", "c"), column(r, "m"));
    }

    @Test
    void timeoutHoldsInsideAListWalk() {
        Graph g = GraphFactory.createDefaultGraph();
        Node cell = NodeFactory.createURI("urn:long");
        for (int i = 0; i < 200_000; i++) {
            Node next = NodeFactory.createBlankNode();
            g.add(Triple.create(cell, RDF.first.asNode(), NodeFactory.createLiteralString("m" + i)));
            g.add(Triple.create(cell, RDF.rest.asNode(), next));
            cell = next;
        }
        g.add(Triple.create(cell, RDF.rest.asNode(), RDF.nil.asNode()));
        SafeQueryExecutor quick = new SafeQueryExecutor(new QueryPolicy(Duration.ofMillis(300), 100_000),
                new QueryGuard());
        QueryRejectedException e = assertTimeoutPreemptively(WELL_WITHIN, () -> assertThrows(
                QueryRejectedException.class, () -> quick.execute(DatasetGraphFactory.wrap(g), PREFIXES
                        + "SELECT (COUNT(*) AS ?n) { ?l list:member ?a . ?l list:member ?b }", Map.of())));
        assertTrue(e.getMessage().contains("ran longer than 300 ms and was stopped"), e.getMessage());
    }
}
