package org.secplan.check;

import static org.secplan.TestSecplan.secplan;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.secplan.Secplan;

/**
 * Every clause of ISO 22342 that says what a plan should contain (3.1, 4, 5.2.2-5.2.11, 5.3.2-5.3.8,
 * 5.4.2-5.4.6, 5.5.2-5.5.5) is served by at least one built-in check, and every check names a clause the
 * ontology defines.
 */
class ClauseCoverageTest {

    static Stream<String> clausesThatNeedACheck() {
        return Stream.of(Stream.of("3.1", "4"),
                IntStream.rangeClosed(2, 11).mapToObj(n -> "5.2." + n),
                IntStream.rangeClosed(2, 8).mapToObj(n -> "5.3." + n),
                IntStream.rangeClosed(2, 6).mapToObj(n -> "5.4." + n),
                IntStream.rangeClosed(2, 5).mapToObj(n -> "5.5." + n))
                .flatMap(s -> s);
    }

    @ParameterizedTest(name = "clause {0} has at least one check")
    @MethodSource("clausesThatNeedACheck")
    void clauseHasAtLeastOneCheck(String clause) {
        List<CheckInfo> checks = secplan().checks();
        assertTrue(checks.stream().anyMatch(c -> c.clause().equals(clause)),
                () -> "no built-in check serves clause " + clause);
    }

    @Test
    void everyCheckNamesAClauseTheOntologyDefines() {
        Model clauses = ModelFactory.createDefaultModel();
        try (InputStream in = ClauseCoverageTest.class.getResourceAsStream("/secplan/ontology/clauses.ttl")) {
            assertTrue(in != null, "secplan/ontology/clauses.ttl is not on the classpath");
            RDFDataMgr.read(clauses, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Property clauseNumber = clauses.createProperty("https://w3id.org/secplan/ns#clauseNumber");
        Set<String> known = new TreeSet<>();
        clauses.listObjectsOfProperty(clauseNumber).forEach(n -> known.add(n.asLiteral().getLexicalForm()));
        List<String> unknown = secplan().checks().stream().filter(c -> !known.contains(c.clause()))
                .map(c -> c.id() + " (" + c.clause() + ")").toList();
        assertTrue(unknown.isEmpty(), () -> "checks naming a clause the ontology does not define: " + unknown);
    }
}
