package org.secplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secplan.TestSecplan.secplan;
import static org.secplan.TestPlans.write;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secplan.base.SecplanException;
import org.secplan.plan.PlanGraph;
import org.secplan.plan.PlanLoadException;
import org.secplan.query.QueryRejectedException;

/**
 * A real listener on 127.0.0.1 sees no connection, whatever form the attempt takes: an ad-hoc query with SERVICE
 * (to an IRI, or to one built from the plan's labels), FROM, SERVICE inside any expression position, a plan check
 * in SPARQL, and a plan check in SHACL — as an sh:sparql constraint, a SPARQL target, a SPARQL-based constraint
 * component, or with FROM.
 */
class NoNetworkAccessTest {

    private final LocalListener listener = new LocalListener();

    @TempDir
    Path dir;

    @AfterEach
    void close() throws IOException {
        listener.close();
    }

    @Test
    void theListenerCountsARealConnection() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", listener.port())) {
            assertTrue(socket.isConnected());
        }
        waitForTheListener();
        assertEquals(1, listener.connections());
    }

    static Stream<Arguments> adHocQueries() {
        return Stream.of(
                Arguments.of("SERVICE", "SELECT * { SERVICE <%s> { ?s ?p ?o } }"),
                Arguments.of("SERVICE SILENT with a variable built from labels", """
                        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                        SELECT * { ?x rdfs:label ?label BIND(IRI(CONCAT("%s", ENCODE_FOR_URI(?label))) AS ?u)
                                   SERVICE SILENT ?u { ?s ?p ?o } }"""),
                Arguments.of("FROM", "SELECT * FROM <%s> { ?s ?p ?o }"),
                Arguments.of("FROM NAMED", "SELECT * FROM NAMED <%s> { GRAPH ?g { ?s ?p ?o } }"),
                Arguments.of("EXISTS in a FILTER", "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <%s> { ?a ?b ?c } } }"),
                Arguments.of("EXISTS in BIND", "SELECT * { BIND(EXISTS { SERVICE <%s> { ?a ?b ?c } } AS ?x) }"),
                Arguments.of("EXISTS in the projection", "SELECT (EXISTS { SERVICE <%s> { ?a ?b ?c } } AS ?x) {}"),
                Arguments.of("EXISTS in an aggregate",
                        "SELECT (SAMPLE(EXISTS { SERVICE <%s> { ?a ?b ?c } }) AS ?x) { ?s ?p ?o }"),
                Arguments.of("EXISTS in COUNT DISTINCT",
                        "SELECT (COUNT(DISTINCT EXISTS { SERVICE <%s> { ?a ?b ?c } }) AS ?x) { ?s ?p ?o }"),
                Arguments.of("EXISTS in GROUP_CONCAT", "SELECT (GROUP_CONCAT(STR(EXISTS { SERVICE <%s> "
                        + "{ ?a ?b ?c } })) AS ?x) { ?s ?p ?o }"),
                Arguments.of("EXISTS in ORDER BY", "SELECT ?s { ?s ?p ?o } ORDER BY (EXISTS { SERVICE <%s> "
                        + "{ ?a ?b ?c } })"),
                Arguments.of("EXISTS in GROUP BY", "SELECT ?g { ?s ?p ?o } GROUP BY (EXISTS { SERVICE <%s> "
                        + "{ ?a ?b ?c } } AS ?g)"),
                Arguments.of("EXISTS in HAVING", "SELECT ?s { ?s ?p ?o } GROUP BY ?s HAVING (EXISTS { SERVICE <%s> "
                        + "{ ?a ?b ?c } })"),
                Arguments.of("sub-query", "SELECT * { { SELECT * { SERVICE <%s> { ?a ?b ?c } } LIMIT 1 } }"),
                Arguments.of("VALUES then SERVICE", "SELECT * { VALUES ?u { <%s> } SERVICE ?u { ?a ?b ?c } }"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adHocQueries")
    void adHocQueryReachesNothing(String form, String sparql) {
        PlanGraph plan = secplan().load(TestPlans.fixture("plan-basic"));
        assertThrows(QueryRejectedException.class, () -> secplan().query(plan, sparql.formatted(listener.url())),
                form);
        assertNoConnection();
    }

    @Test
    void sparqlPlanCheckWithServiceIsRefusedBeforeItRuns() {
        writePlan();
        write(dir, "checks/leak.rq", """
                # clause: 4
                # severity: ERROR
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?focus ?message { ?focus rdfs:label ?l BIND(IRI(CONCAT("%s", ?l)) AS ?u)
                                         SERVICE SILENT ?u { ?a ?b ?c } }""".formatted(listener.url()));
        PlanLoadException e = assertThrows(PlanLoadException.class, () -> secplan().check(secplan().load(dir)));
        assertTrue(e.getMessage().startsWith("checks/leak.rq:1:1: SERVICE is not allowed"), e.getMessage());
        assertNoConnection();
    }

    static Stream<Arguments> shaclChecks() {
        String head = """
                @prefix sp: <https://w3id.org/secplan/ns#> .
                @prefix chk: <https://w3id.org/secplan/check/> .
                @prefix clause: <https://w3id.org/secplan/clause/> .
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .

                <urn:prefixes> sh:declare [ sh:prefix "rdfs" ; sh:namespace "http://www.w3.org/2000/01/rdf-schema#" ] .

                chk:%1$s a sh:NodeShape ; sp:checkId "%1$s" ; sp:clause clause:4 ; sh:severity sh:Warning ;
                    rdfs:label "leak" ;
                """;
        return Stream.of(
                Arguments.of("sh:sparql SERVICE", head + """
                            sh:targetClass sp:Control ;
                            sh:sparql [ sh:prefixes <urn:prefixes> ; sh:select "%3$s" ] .
                        """),
                Arguments.of("SPARQL target", head + """
                            sh:target [ a sh:SPARQLTarget ; sh:prefixes <urn:prefixes> ;
                                        sh:select "SELECT ?this { SERVICE <%2$s> { ?this ?p ?o } }" ] ;
                            sh:property [ sh:path rdfs:label ; sh:minCount 1 ] .
                        """),
                Arguments.of("SPARQL-based constraint component", head + """
                            sh:targetClass sp:Control ;
                            <urn:leaky> true .
                        <urn:LeakComponent> a sh:ConstraintComponent ;
                            sh:parameter [ sh:path <urn:leaky> ] ;
                            sh:validator [ a sh:SPARQLAskValidator ; sh:prefixes <urn:prefixes> ;
                                           sh:ask "ASK { SERVICE <%2$s> { $value ?p ?o } }" ] .
                        """),
                Arguments.of("FROM in sh:sparql", head + """
                            sh:targetClass sp:Control ;
                            sh:sparql [ sh:select "SELECT $this FROM <%2$s> { $this ?p ?o }" ] .
                        """),
                Arguments.of("java: function in sh:sparql ORDER BY", head + """
                            sh:targetClass sp:Control ;
                            sh:sparql [ sh:select "SELECT $this { $this ?p ?o } ORDER BY <java:org.apache.jena.sparql.function.library.FN_StrUpperCase>(?o)" ] .
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shaclChecks")
    void shaclPlanCheckReachingOutIsRefusedNamingItsFile(String form, String turtle) {
        writePlan();
        String id = "shacl-leak";
        String leak = "SELECT $this { $this rdfs:label ?l BIND(IRI(CONCAT(\\\"" + listener.url()
                + "\\\", ?l)) AS ?u) SERVICE SILENT ?u { ?a ?b ?c } }";
        write(dir, "checks/" + id + ".ttl", turtle.formatted(id, listener.url(), leak));
        PlanLoadException e = assertThrows(PlanLoadException.class, () -> secplan().check(secplan().load(dir)),
                form);
        assertTrue(e.problems().stream().allMatch(p -> p.location().file().equals("checks/" + id + ".ttl")),
                e.getMessage());
        assertTrue(e.getMessage().contains("is refused"), form + ": " + e.getMessage());
        assertNoConnection();
    }

    @Test
    void noFormGetsPastTheCheckCatalogToRender() {
        writePlan();
        write(dir, "checks/leak.rq", "# clause: 4\n# severity: ERROR\nSELECT ?focus { SERVICE <" + listener.url()
                + "> { ?focus ?p ?o } }\n");
        assertThrows(SecplanException.class, () -> secplan().checks(dir));
        assertNoConnection();
    }

    private void writePlan() {
        write(dir, "plan.ttl", TestPlans.PREFIXES + """
                :p a sp:SecurityPlan ; dcterms:identifier "P" ; rdfs:label "Plan" .
                :c1 a sp:Control ; dcterms:identifier "C-1" ; rdfs:label "secret-label" .
                """);
    }

    private void assertNoConnection() {
        waitForTheListener();
        assertEquals(0, listener.connections(), "a connection reached " + listener.url());
    }

    /** A connection made just now may still be on its way to the acceptor. */
    private static void waitForTheListener() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
