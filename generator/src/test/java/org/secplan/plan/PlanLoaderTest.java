package org.secplan.plan;

import static org.secplan.TestSecplan.secplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secplan.TestPlans.PREFIXES;
import static org.secplan.TestPlans.write;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.Secplan;
import org.secplan.base.SecplanException;
import org.secplan.TestPlans;

class PlanLoaderTest {

    @TempDir
    Path plan;

    private List<String> problems() {
        PlanLoadException e = assertThrows(PlanLoadException.class, () -> secplan().load(plan));
        return e.problems().stream().map(PlanProblem::toString).toList();
    }

    @Test
    void reportsSyntaxErrorWithFileLineAndColumn() {
        // line 6 lacks its final '.', so line 7 starts where RIOT expected the dot
        write(plan, "risks.ttl", PREFIXES + """
                :r1 a sp:Risk ; dcterms:identifier "R-1"
                :r2 a sp:Risk ; dcterms:identifier "R-2" .
                """);
        List<String> problems = problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("risks.ttl:7:1: statement not ended"), problems.get(0));
    }

    @Test
    void reportsUnknownPrefixNamingIt() {
        write(plan, "risks.ttl", PREFIXES + """
                :r1 a sp:Risk ;
                    dcterms:identifier "R-1" ;
                    sp:owner ex:bob .
                """);
        assertEquals(List.of("risks.ttl:8:14: unknown prefix 'ex' (declare it with @prefix ex: <...> . at the top "
                + "of the file)"), problems());
    }

    @Test
    void reportsIllTypedLiteralAtTheLiteral() {
        write(plan, "risks.ttl", PREFIXES + """
                :r1 a sp:Risk ;
                    dcterms:identifier "R-1" ;
                    sp:assessedOn "abc"^^xsd:date .
                """);
        assertEquals(List.of("risks.ttl:8:19: 'abc' is not a valid xsd:date (write dates as "
                + "\"2026-11-01\"^^xsd:date)"), problems());
    }

    @Test
    void reportsDuplicateIdentifierInTwoFilesAtBothPlaces() {
        write(plan, "assets.ttl", PREFIXES + ":a1 a sp:Asset ; dcterms:identifier \"X-1\" .\n");
        write(plan, "risks.ttl", PREFIXES + "\n:r1 a sp:Risk ;\n    dcterms:identifier \"X-1\" .\n");
        assertEquals(List.of(
                "assets.ttl:6:37: duplicate identifier 'X-1' of :a1: also used by :r1 at risks.ttl:8:24",
                "risks.ttl:8:24: duplicate identifier 'X-1' of :r1: also used by :a1 at assets.ttl:6:37"),
                problems());
    }

    @Test
    void reportsReferenceToEntityDefinedNowhere() {
        write(plan, "risks.ttl", PREFIXES + """
                :r1 a sp:Risk ;
                    dcterms:identifier "R-1" ;
                    sp:affects :pump-station .
                """);
        assertEquals(List.of("risks.ttl:8:16: sp:affects of :r1 refers to :pump-station, which is not defined in any "
                + "plan file (no file gives it an rdf:type)"), problems());
    }

    @Test
    void acceptsReferencesAcrossFiles() {
        write(plan, "assets.ttl", PREFIXES + ":pump a sp:Asset ; dcterms:identifier \"A-1\" .\n");
        write(plan, "risks.ttl", PREFIXES + ":r1 a sp:Risk ; dcterms:identifier \"R-1\" ; sp:affects :pump .\n");
        PlanGraph graph = secplan().load(plan);
        assertEquals(List.of("A-1", "R-1"), graph.entities().stream().map(Entity::identifier).toList());
    }

    @Test
    void reportsEveryProblemInEveryFileSortedByPosition() {
        write(plan, "b.ttl", PREFIXES + ":b1 a sp:Risk ; dcterms:identifier \"B-1\" ; sp:affects :ghost .\n");
        write(plan, "a.ttl", PREFIXES + ":a1 a sp:Risk ; sp:assessedOn \"soon\"^^xsd:date .\n:a2 a ex:Thing .\n");
        write(plan, "sub/c.ttl", PREFIXES + ":c1 a sp:Risk ; rdfs:label \"unterminated .\n");
        write(plan, "secplan.properties", "as-of = tomorrow\n");
        List<String> problems = problems();
        assertEquals(5, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith("a.ttl:6:31: 'soon' is not a valid xsd:date"), problems.get(0));
        assertTrue(problems.get(1).startsWith("a.ttl:7:7: unknown prefix 'ex'"), problems.get(1));
        assertTrue(problems.get(2).startsWith("b.ttl:6:55: sp:affects of :b1 refers to :ghost"), problems.get(2));
        assertTrue(problems.get(3).startsWith("secplan.properties:1:9: as-of must be a date"), problems.get(3));
        assertTrue(problems.get(4).startsWith("sub/c.ttl:"), problems.get(4));
    }

    @Test
    void leavesReferencesUncheckedWhileASyntaxErrorHidesTheRestOfAFile() {
        write(plan, "b.ttl", PREFIXES + ":b1 a sp:Risk ; dcterms:identifier \"B-1\" ; sp:affects :asset .\n");
        write(plan, "c.ttl", PREFIXES + ":c1 a sp:Risk ; rdfs:label \"unterminated .\n:asset a sp:Asset .\n");
        List<String> problems = problems();
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith("c.ttl:"), problems.get(0));
    }

    @Test
    void exceptionMessageListsProblemsAndCount() {
        write(plan, "a.ttl", PREFIXES + ":a1 a ex:Thing .\n:a2 a ey:Thing .\n");
        PlanLoadException e = assertThrows(PlanLoadException.class, () -> secplan().load(plan));
        assertEquals(1, e.problems().size(), "the parse of a file stops at its first syntax error");
        assertTrue(e.getMessage().endsWith("\n1 problem in the plan"), e.getMessage());
    }

    @Test
    void ignoresChecksPagesTargetAndHiddenFolders() {
        write(plan, "plan.ttl", PREFIXES + ":p a sp:SecurityPlan ; dcterms:identifier \"P\" .\n");
        write(plan, "checks/broken.ttl", "not turtle");
        write(plan, "pages/broken.ttl", "not turtle");
        write(plan, "target/broken.ttl", "not turtle");
        write(plan, ".git/broken.ttl", "not turtle");
        write(plan, "more/.hidden.ttl", "not turtle");
        assertEquals(1, secplan().load(plan).entities().size());
    }

    @Test
    void refusesMissingDirectoryAndEmptyPlan() {
        assertThrows(SecplanException.class, () -> secplan().load(plan.resolve("nope")));
        SecplanException e = assertThrows(SecplanException.class, () -> secplan().load(plan));
        assertTrue(e.getMessage().contains("holds no *.ttl files"), e.getMessage());
    }

    @Test
    void entitiesAreSortedByIdentifierWithLabelTypesAndSource() {
        PlanGraph graph = secplan().load(TestPlans.fixture("plan-basic"));
        assertEquals(List.of("A-1", "A-2", "A-3", "PLAN", "ROLE-1"),
                graph.entities().stream().map(Entity::identifier).toList());
        Entity pump = graph.byIdentifier("A-1").orElseThrow();
        assertEquals("https://plan.engine-test.example/#asset-1", pump.iri());
        assertEquals("Pump station", pump.label());
        assertEquals(List.of("https://w3id.org/secplan/ns#Asset"), pump.types());
        assertEquals(new SourceLocation("assets.ttl", 11, 1), pump.source());
        assertEquals(pump, graph.entity(pump.iri()).orElseThrow());
    }

    @Test
    void mergesTheOntologySoClauseTitlesAreKnown() {
        PlanGraph graph = secplan().load(TestPlans.fixture("plan-basic"));
        if (!graph.ontology().isEmpty()) {
            assertEquals("Leadership", graph.clauseTitle("5.2.4").orElseThrow());
        }
        assertTrue(graph.model().size() >= graph.planData().size());
    }

    @Test
    void selectRunsOverPlanAndOntology() {
        PlanGraph graph = secplan().load(TestPlans.fixture("plan-basic"));
        var result = graph.select("""
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?id WHERE { ?e dcterms:identifier ?id } ORDER BY ?id""");
        assertEquals("A-1", result.rows().get(0).get("id").value());
    }
}
