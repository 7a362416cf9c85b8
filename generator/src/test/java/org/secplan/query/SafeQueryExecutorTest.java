package org.secplan.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class SafeQueryExecutorTest {

    private final SafeQueryExecutor executor = new SafeQueryExecutor(QueryPolicy.defaults(), new QueryGuard());

    private static DatasetGraph data(int n) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < n; i++) {
            g.add(Triple.create(NodeFactory.createURI("urn:x:s" + i), NodeFactory.createURI("urn:x:p"),
                    NodeFactory.createLiteralString("v" + i)));
        }
        return DatasetGraphFactory.wrap(g);
    }

    private String refusal(String sparql) {
        return assertThrows(QueryRejectedException.class, () -> executor.execute(data(3), sparql, Map.of()))
                .getMessage();
    }

    @Test
    void runsSelectInQueryOrder() {
        QueryResult r = executor.execute(data(3), "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY DESC(?o)", Map.of());
        assertEquals(List.of("s", "o"), r.columns());
        assertEquals(List.of("v2", "v1", "v0"), r.rows().stream().map(row -> row.get("o").value()).toList());
        assertEquals(Term.Kind.IRI, r.rows().get(0).get("s").kind());
    }

    @Test
    void substitutesBindings() {
        QueryResult r = executor.execute(data(3), "SELECT ?o WHERE { ?s ?p ?o }",
                Map.of("s", NodeFactory.createURI("urn:x:s1")));
        assertEquals(1, r.size());
        assertEquals("v1", r.rows().get(0).get("o").value());
    }

    @Test
    void answersAskAndConstruct() {
        assertEquals("true", executor.execute(data(1), "ASK { ?s ?p ?o }", Map.of()).rows().get(0).get("result").value());
        QueryResult c = executor.execute(data(2), "CONSTRUCT { ?s <urn:x:q> ?o } WHERE { ?s ?p ?o }", Map.of());
        assertEquals(List.of("subject", "predicate", "object"), c.columns());
        assertEquals(2, c.size());
    }

    @Test
    void refusesService() {
        assertTrue(refusal("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
                .startsWith("SERVICE is not allowed"));
    }

    @Test
    void refusesServiceHiddenInExistsAndSubquery() {
        assertTrue(refusal("SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://e.org/q> { ?s ?p ?o } } }")
                .startsWith("SERVICE is not allowed"));
        assertTrue(refusal("SELECT * WHERE { { SELECT ?s WHERE { SERVICE SILENT <http://e.org/q> { ?s ?p ?o } } } }")
                .startsWith("SERVICE is not allowed"));
    }

    @Test
    void refusesUpdates() {
        assertTrue(refusal("INSERT DATA { <urn:a> <urn:b> <urn:c> }").startsWith("updates"));
        assertTrue(refusal("PREFIX x: <urn:x:>\nLOAD <http://example.org/data.ttl>").startsWith("updates"));
        assertTrue(refusal("DELETE WHERE { ?s ?p ?o }").startsWith("updates"));
    }

    @Test
    void refusesJavaAndUnknownFunctions() {
        assertTrue(refusal("SELECT ?x WHERE { BIND(<java:com.example.Evil>(1) AS ?x) }")
                .startsWith("the function <java:com.example.Evil> is not allowed"));
        assertTrue(refusal("PREFIX afn: <http://jena.apache.org/ARQ/function#>\n"
                + "SELECT ?x WHERE { BIND(afn:systemProperty(\"user.home\") AS ?x) }")
                .contains("afn"));
        assertTrue(refusal("SELECT ?x WHERE { BIND(CALL(<urn:f>, 1) AS ?x) }").startsWith("SPARQL syntax error"),
                "CALL is ARQ-only syntax, refused by the SPARQL 1.1 parser");
        assertTrue(refusal("SELECT ?x WHERE { ?x <java:com.example.PropFunc> ?y }")
                .contains("property function"));
    }

    @Test
    void refusesDatasetClauses() {
        assertTrue(refusal("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }").startsWith("FROM"));
    }

    @Test
    void allowsPureFunctions() {
        QueryResult r = executor.execute(data(1), """
                PREFIX fn: <http://www.w3.org/2005/xpath-functions#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                PREFIX afn: <http://jena.apache.org/ARQ/function#>
                SELECT ?a ?b ?c WHERE { ?s ?p ?o
                  BIND(fn:upper-case(?o) AS ?a) BIND(xsd:integer("7") AS ?b) BIND(afn:localname(?s) AS ?c) }""",
                Map.of());
        assertEquals("V0", r.rows().get(0).get("a").value());
        assertEquals("7", r.rows().get(0).get("b").value());
    }

    @Test
    void reportsSyntaxErrorsWithPosition() {
        assertTrue(refusal("SELECT ?s WHERE {\n ?s ?p }").startsWith("SPARQL syntax error at line 2"));
    }

    @Test
    void stopsAtTheTimeout() {
        SafeQueryExecutor quick = new SafeQueryExecutor(new QueryPolicy(Duration.ofMillis(200), 100_000),
                new QueryGuard());
        long start = System.nanoTime();
        QueryRejectedException e = assertThrows(QueryRejectedException.class, () -> quick.execute(data(2000),
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", Map.of()));
        assertTrue(e.getMessage().contains("was stopped"), e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10);
    }

    @Test
    void stopsAtTheRowLimit() {
        SafeQueryExecutor small = new SafeQueryExecutor(new QueryPolicy(Duration.ofSeconds(30), 10),
                new QueryGuard());
        assertThrows(QueryRejectedException.class, () -> small.execute(data(11), "SELECT * { ?s ?p ?o }", Map.of()));
        assertEquals(10, small.execute(data(10), "SELECT * { ?s ?p ?o }", Map.of()).size());
    }
}
