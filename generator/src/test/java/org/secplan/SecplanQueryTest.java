package org.secplan;

import static org.secplan.TestSecplan.secplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.secplan.plan.PlanGraph;
import org.secplan.query.NamedQueryInfo;
import org.secplan.query.QueryRejectedException;
import org.secplan.query.QueryResult;

class SecplanQueryTest {

    private final PlanGraph plan = secplan().load(TestPlans.fixture("plan-basic"));

    private static final String OWNER_OF = """
            PREFIX sp: <https://w3id.org/secplan/ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?label WHERE { ?asset sp:owner ?role . ?role rdfs:label ?label }""";

    @Test
    void bindsParametersGivenAsIdentifiers() {
        QueryResult r = secplan().query(plan, null, OWNER_OF, Map.of("asset", "A-2"));
        assertEquals("Security manager", r.rows().get(0).get("label").value());
        assertEquals(0, secplan().query(plan, null, OWNER_OF, Map.of("asset", "A-1")).size());
    }

    @Test
    void adHocQueriesMayUseSecplansPrefixesUndeclared() {
        QueryResult r = secplan().query(plan,
                "SELECT ?id WHERE { ?a a sp:Asset ; dcterms:identifier ?id } ORDER BY ?id");
        assertEquals(List.of("A-1", "A-2"), r.rows().stream().map(row -> row.get("id").value()).toList());
    }

    @Test
    void aPrefixTheQueryDeclaresKeepsItsMeaning() {
        QueryResult r = secplan().query(plan, """
                PREFIX sp: <https://example.org/not-secplan#>
                SELECT ?a WHERE { ?a a sp:Asset }""");
        assertEquals(0, r.size());
    }

    @Test
    void refusesUnknownIdentifierClearly() {
        QueryRejectedException e = assertThrows(QueryRejectedException.class,
                () -> secplan().query(plan, null, OWNER_OF, Map.of("asset", "A-99")));
        assertEquals("parameter asset=A-99: no entity in the plan has the identifier 'A-99'", e.getMessage());
    }

    @Test
    void comparesWithThePreviousVersionInANamedGraph() {
        PlanGraph previous = secplan().load(TestPlans.fixture("plan-previous"));
        QueryResult removed = secplan().query(plan, previous, """
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?id WHERE {
                  GRAPH <urn:secplan:previous> { ?e dcterms:identifier ?id }
                  FILTER NOT EXISTS { ?x dcterms:identifier ?id }
                }""");
        assertEquals(List.of("A-OLD"), removed.rows().stream().map(r -> r.get("id").value()).toList());
    }

    @Test
    void namedQueriesComeWithTitlesAndUnknownNamesAreRefused() {
        List<NamedQueryInfo> queries = secplan().namedQueries();
        queries.forEach(q -> assertTrue(!q.title().isBlank(), q.name()));
        QueryRejectedException e = assertThrows(QueryRejectedException.class,
                () -> secplan().namedQuery(plan, "no-such-query", Map.of()));
        assertTrue(e.getMessage().startsWith("no named query 'no-such-query'"), e.getMessage());
    }

    @Test
    void everyNamedQueryRunsOnASmallPlan() {
        PlanGraph previous = secplan().load(TestPlans.fixture("plan-previous"));
        for (NamedQueryInfo q : secplan().namedQueries()) {
            Map<String, String> params = q.parameters().isEmpty() ? Map.of() : Map.of(q.parameters().get(0), "A-1");
            try {
                secplan().namedQuery(plan, previous, q.name(), params);
            } catch (QueryRejectedException e) {
                throw new AssertionError(q.name() + ": " + e.getMessage(), e);
            }
        }
    }
}
