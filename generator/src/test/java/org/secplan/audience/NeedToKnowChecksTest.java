package org.secplan.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the need-to-know SPARQL checks straight on their fixtures (fixture plan + bundled ontology) and
 * compares the flagged identifiers with the fixture's {@code expected} file. Independent of the check
 * engine, so the query itself is what is tested.
 */
class NeedToKnowChecksTest {

    private static final List<String> ONTOLOGY = List.of("/secplan/ontology/secplan.ttl",
            "/secplan/ontology/schemes.ttl", "/secplan/ontology/clauses.ttl");

    @ParameterizedTest
    @ValueSource(strings = {"leak-identifier-quoted", "classification-audience-has-maximum-level"})
    void checkFlagsExactlyTheExpectedEntitiesOfItsFixture(String checkId) throws IOException {
        Graph graph = GraphFactory.createDefaultGraph();
        for (String resource : ONTOLOGY) {
            parseInto(graph, resource);
        }
        String fixture = "/fixtures/checks/" + checkId + "/";
        parseInto(graph, fixture + "plan.ttl");
        String sparql = read("/secplan/checks/" + checkId + ".rq");
        assertTrue(sparql.contains("# id: " + checkId + "\n"), "header names the check");

        Model model = ModelFactory.createModelForGraph(graph);
        Query query = QueryFactory.create(sparql);
        Set<String> flagged = new TreeSet<>();
        long start = System.nanoTime();
        try (QueryExecution exec = QueryExecution.create(query, model)) {
            ResultSet rows = exec.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                assertNotNull(row.get("message"), "every finding has a message");
                String identifier = model.getRequiredProperty(row.getResource("focus"),
                        org.apache.jena.vocabulary.DCTerms.identifier).getString();
                flagged.add(identifier);
                System.out.println(checkId + ": " + identifier + ": " + row.getLiteral("message").getString());
            }
        }
        System.out.printf(java.util.Locale.ROOT, "%s ran in %d ms%n", checkId, (System.nanoTime() - start) / 1_000_000);
        Set<String> expected = new TreeSet<>(read(fixture + "expected").lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList());
        assertEquals(expected, flagged);
    }

    private static void parseInto(Graph graph, String resource) throws IOException {
        try (InputStream in = NeedToKnowChecksTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, "missing resource " + resource);
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = NeedToKnowChecksTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, "missing resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
