package org.secplan.query;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The guard refuses an unsafe function wherever the query puts it, and SERVICE and FROM wherever they hide. */
class QueryGuardTest {

    private static final String UPPER = "<java:org.apache.jena.sparql.function.library.FN_StrUpperCase>";
    private static final String WAIT = "<java:org.apache.jena.sparql.function.library.wait>";

    private final QueryGuard guard = new QueryGuard();

    static Stream<Arguments> functionInEveryPosition() {
        return Stream.of(
                Arguments.of("projection", "SELECT (" + UPPER + "(\"abc\") AS ?x) {}"),
                Arguments.of("SAMPLE", "SELECT (SAMPLE(" + UPPER + "(\"abc\")) AS ?x) {}"),
                Arguments.of("GROUP_CONCAT", "SELECT (GROUP_CONCAT(" + UPPER + "(?o); separator=\",\") AS ?x) "
                        + "{ ?s ?p ?o }"),
                Arguments.of("COUNT DISTINCT", "SELECT (COUNT(DISTINCT " + UPPER + "(?o)) AS ?x) { ?s ?p ?o }"),
                Arguments.of("SUM", "SELECT (SUM(STRLEN(" + UPPER + "(?o))) AS ?x) { ?s ?p ?o }"),
                Arguments.of("ORDER BY", "SELECT ?s { ?s ?p ?o } ORDER BY " + UPPER + "(?o)"),
                Arguments.of("ORDER BY with LIMIT", "SELECT ?s { ?s ?p ?o } ORDER BY DESC(" + UPPER + "(?o)) LIMIT 1"),
                Arguments.of("GROUP BY", "SELECT ?g { ?s ?p ?o } GROUP BY (" + UPPER + "(?o) AS ?g)"),
                Arguments.of("HAVING", "SELECT ?s { ?s ?p ?o } GROUP BY ?s HAVING (" + UPPER + "(\"a\") = \"A\")"),
                Arguments.of("FILTER", "SELECT * { ?s ?p ?o FILTER(" + UPPER + "(?o) = \"V\") }"),
                Arguments.of("BIND", "SELECT * { ?s ?p ?o BIND(" + UPPER + "(?o) AS ?u) }"),
                Arguments.of("OPTIONAL FILTER", "SELECT * { ?s ?p ?o OPTIONAL { ?s ?q ?r FILTER(" + UPPER
                        + "(?r) = ?o) } }"),
                Arguments.of("nested in a built-in", "SELECT * { ?s ?p ?o FILTER(STRLEN(CONCAT(\"x\", " + UPPER
                        + "(?o))) > 1) }"),
                Arguments.of("EXISTS", "SELECT * { ?s ?p ?o FILTER EXISTS { ?s ?p ?x FILTER(" + UPPER
                        + "(?x) = \"A\") } }"),
                Arguments.of("NOT EXISTS", "SELECT * { ?s ?p ?o FILTER NOT EXISTS { BIND(" + UPPER
                        + "(?o) AS ?y) } }"),
                Arguments.of("EXISTS in the projection", "SELECT (EXISTS { BIND(" + UPPER + "(\"a\") AS ?y) } AS ?x) "
                        + "{}"),
                Arguments.of("sub-query", "SELECT * { { SELECT (" + UPPER + "(?o) AS ?x) { ?s ?p ?o } } }"),
                Arguments.of("sub-query ORDER BY", "SELECT * { { SELECT ?s { ?s ?p ?o } ORDER BY " + UPPER
                        + "(?o) LIMIT 1 } }"),
                Arguments.of("MINUS", "SELECT * { ?s ?p ?o MINUS { ?s ?p ?x FILTER(" + UPPER + "(?x) = ?x) } }"),
                Arguments.of("UNION", "SELECT * { { ?s ?p ?o } UNION { BIND(" + UPPER + "(\"a\") AS ?x) } }"),
                Arguments.of("GRAPH", "SELECT * { GRAPH ?g { ?s ?p ?o FILTER(" + UPPER + "(?o) = ?o) } }"),
                Arguments.of("VALUES then FILTER", "SELECT * { VALUES ?v { \"a\" } FILTER(" + UPPER + "(?v) = ?v) }"),
                Arguments.of("CONSTRUCT", "CONSTRUCT { ?s ?p ?x } { ?s ?p ?o BIND(" + UPPER + "(?o) AS ?x) }"),
                Arguments.of("ASK", "ASK { FILTER(" + UPPER + "(\"a\") = \"A\") }"),
                Arguments.of("DESCRIBE", "DESCRIBE ?s { ?s ?p ?o FILTER(" + UPPER + "(?o) = ?o) }"),
                Arguments.of("wait", "SELECT * { BIND(" + WAIT + "(60000) AS ?x) }"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functionInEveryPosition")
    void refusesAJavaFunctionWhereverItStands(String position, String sparql) {
        String message = assertThrows(QueryRejectedException.class, () -> guard.check(parse(sparql))).getMessage();
        assertTrue(message.startsWith("the function <java:"), position + ": " + message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functionInEveryPosition")
    void refusesAJavaFunctionWhereverItStandsInAShape(String position, String sparql) {
        assertThrows(QueryRejectedException.class, () -> guard.checkShapeQuery(parse(sparql)), position);
    }

    static Stream<Arguments> serviceEverywhere() {
        String service = "SERVICE <http://127.0.0.1:9/s> { ?a ?b ?c }";
        return Stream.of(
                Arguments.of("plain", "SELECT * { " + service + " }"),
                Arguments.of("variable", "SELECT * { BIND(IRI(\"http://127.0.0.1:9/\") AS ?u) SERVICE SILENT ?u "
                        + "{ ?a ?b ?c } }"),
                Arguments.of("EXISTS in ORDER BY", "SELECT ?s { ?s ?p ?o } ORDER BY (EXISTS { " + service + " })"),
                Arguments.of("EXISTS in an aggregate", "SELECT (COUNT(DISTINCT EXISTS { " + service + " }) AS ?n) "
                        + "{ ?s ?p ?o }"),
                Arguments.of("EXISTS in GROUP BY", "SELECT ?g { ?s ?p ?o } GROUP BY (EXISTS { " + service
                        + " } AS ?g)"),
                Arguments.of("EXISTS in HAVING", "SELECT ?s { ?s ?p ?o } GROUP BY ?s HAVING (NOT EXISTS { "
                        + service + " })"),
                Arguments.of("EXISTS in BIND", "SELECT * { BIND(EXISTS { " + service + " } AS ?x) }"),
                Arguments.of("sub-query", "SELECT * { { SELECT * { " + service + " } } }"),
                Arguments.of("OPTIONAL", "SELECT * { ?s ?p ?o OPTIONAL { " + service + " } }"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serviceEverywhere")
    void refusesServiceWhereverItHides(String position, String sparql) {
        String message = assertThrows(QueryRejectedException.class, () -> guard.check(parse(sparql))).getMessage();
        assertTrue(message.startsWith("SERVICE is not allowed"), position + ": " + message);
    }

    @Test
    void refusesFromAndFromNamed() {
        assertThrows(QueryRejectedException.class,
                () -> guard.check(parse("SELECT * FROM <http://127.0.0.1:9/d> { ?s ?p ?o }")));
        assertThrows(QueryRejectedException.class,
                () -> guard.check(parse("SELECT * FROM NAMED <file:///etc/passwd> { GRAPH ?g { ?s ?p ?o } }")));
    }

    @Test
    void refusesPropertyFunctionsOutsideTheListOnesAlsoInsidePaths() {
        assertThrows(QueryRejectedException.class,
                () -> guard.check(parse("SELECT * { ?s <java:org.example.Pf>/<urn:p> ?o }")));
        assertThrows(QueryRejectedException.class, () -> guard.check(parse(
                "SELECT * { ?s (<urn:p>|^<http://jena.apache.org/ARQ/property#splitIRI>)+ ?o }")));
        assertThrows(QueryRejectedException.class, () -> guard.check(parse(
                "SELECT * { ?s !(<urn:p>|<java:org.example.Pf>) ?o }")));
    }

    @Test
    void refusesCustomAggregates() {
        assertThrows(QueryRejectedException.class, () -> guard.check(parse(
                "SELECT (<java:org.example.Agg>(DISTINCT ?o) AS ?x) { ?s ?p ?o }")));
    }

    @Test
    void listFunctionsAreForQueriesButNotForShapes() {
        Query member = parse("PREFIX list: <http://jena.apache.org/ARQ/list#>\n"
                + "SELECT ?m { ?l list:member ?m }");
        assertDoesNotThrow(() -> guard.check(member));
        String message = assertThrows(QueryRejectedException.class, () -> guard.checkShapeQuery(member))
                .getMessage();
        assertTrue(message.contains("rdf:rest*/rdf:first"), message);
    }

    @Test
    void allowsPureFunctionsInEveryPosition() {
        assertDoesNotThrow(() -> guard.check(parse("""
                PREFIX fn: <http://www.w3.org/2005/xpath-functions#>
                SELECT (SAMPLE(fn:upper-case(?o)) AS ?x) (COUNT(DISTINCT fn:lower-case(?o)) AS ?n)
                       (GROUP_CONCAT(fn:upper-case(?o); separator=",") AS ?all)
                { ?s ?p ?o FILTER NOT EXISTS { ?s ?p fn:missing } }
                GROUP BY (fn:string-length(?o) AS ?len) HAVING (COUNT(*) > 0) ORDER BY fn:abs(?len)""")));
    }

    private static Query parse(String sparql) {
        // the ARQ syntax, as jena-shacl reads shapes: the widest the guard must judge
        return QueryFactory.create(sparql, Syntax.syntaxARQ);
    }
}
