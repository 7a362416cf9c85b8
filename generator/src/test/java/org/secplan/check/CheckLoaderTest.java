package org.secplan.check;

import org.secplan.base.Severity;
import static org.secplan.TestSecplan.secplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secplan.TestPlans.write;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.base.BundledResources;
import org.secplan.Secplan;
import org.secplan.TestPlans;
import org.secplan.plan.PlanLoadException;
import org.secplan.plan.PlanProblem;
import org.secplan.plan.SourceLocation;
import org.secplan.plan.Vocabulary;
import org.secplan.query.QueryGuard;
import org.secplan.query.QueryPolicy;
import org.secplan.query.SafeQueryExecutor;

class CheckLoaderTest {

    private final CheckLoader loader = new CheckLoader(new SafeQueryExecutor(QueryPolicy.defaults(), new QueryGuard()), org.secplan.TestSecplan.facts());

    @Test
    void readsSparqlHeadersAndShaclDeclarations() {
        List<CheckInfo> infos = loader.fromFolder(TestPlans.fixture("plan-basic").resolve("checks"), "checks/")
                .stream().map(Check::info).toList();
        CheckClassification planDefault = CheckClassification.planDefault();
        assertEquals(List.of(
                new CheckInfo("test-asset-has-owner", "5.2.4", Severity.WARNING, "Every asset has an owner (test)",
                        "shacl", planDefault),
                new CheckInfo("test-labelled-is-described", "5.1", Severity.INFO,
                        "Everything labelled has a description (test)", "shacl", planDefault),
                new CheckInfo("test-plan-review-due", "4", Severity.ERROR,
                        "The plan's review date has not passed (test)", "sparql", planDefault)), infos);
    }

    @Test
    void aPlansOwnCheckDeclaresItsClassificationWhereItsFileSays(@TempDir Path dir) {
        write(dir, "secret-query.rq", "# clause: 4\n# severity: ERROR\n# classification: secret\n"
                + "SELECT ?focus ?message {}\n");
        write(dir, "secret-shape.ttl", """
                @prefix sp: <https://w3id.org/secplan/ns#> .
                @prefix spk: <https://w3id.org/secplan/concept/> .
                @prefix clause: <https://w3id.org/secplan/clause/> .
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                # the shape's sp:classification is plan content like any other level
                <#shape> a sh:NodeShape ; sp:checkId "secret-shape" ; sp:clause clause:4 ; sh:severity sh:Warning ;
                    sp:classification spk:class-secret ;
                    sh:targetClass sp:Asset ; sh:property [ sh:path sp:owner ; sh:minCount 1 ] .
                """);
        write(dir, "unclassified.rq", "# clause: 4\n# severity: ERROR\nSELECT ?focus ?message {}\n");
        List<CheckClassification> levels = loader.fromFolder(dir, "checks/").stream()
                .map(c -> c.info().classification()).toList();

        assertEquals(List.of(
                CheckClassification.declared("secret", new SourceLocation("checks/secret-query.rq", 3, 1)),
                CheckClassification.declared(Vocabulary.spk("class-secret"),
                        new SourceLocation("checks/secret-shape.ttl", 7, 1)),
                CheckClassification.planDefault()), levels);
        assertTrue(loader.builtIn(BundledResources.forSecplan()).stream()
                .allMatch(c -> c.info().classification().equals(CheckClassification.SECPLAN)),
                "secplan's own checks are for everyone");
    }

    @Test
    void aCheckDeclaresOneClassificationLevel(@TempDir Path dir) {
        write(dir, "twice.rq", "# clause: 4\n# severity: ERROR\n# classification: internal\n"
                + "# classification: secret\nSELECT ?focus ?message {}\n");
        PlanLoadException e = assertThrows(PlanLoadException.class, () -> loader.fromFolder(dir, "checks/"));
        assertEquals(List.of("checks/twice.rq:3:1: the header declares its classification more than once; keep one "
                + "'# classification: <level>' line"), e.problems().stream().map(PlanProblem::toString).toList());
    }

    @Test
    void reportsEveryBrokenPlanCheckWithItsFile(@TempDir Path dir) {
        write(dir, "no-clause.rq", "# id: no-clause\n# severity: ERROR\nSELECT ?focus ?message {}\n");
        write(dir, "wrong-name.rq", "# id: other\n# clause: 4\n# severity: ERROR\nSELECT ?focus {}\n");
        write(dir, "uses-service.rq", "# clause: 4\n# severity: ERROR\n"
                + "SELECT ?focus { SERVICE <http://e.org/s> { ?focus ?p ?o } }\n");
        write(dir, "not-select.rq", "# clause: 4\n# severity: WARNING\nASK {}\n");
        write(dir, "bad-severity.rq", "# clause: 4\n# severity: FATAL\nSELECT ?focus {}\n");
        write(dir, "broken-shape.ttl", "@prefix sh: <http://www.w3.org/ns/shacl#> .\nthis is not turtle\n");
        PlanLoadException e = assertThrows(PlanLoadException.class, () -> loader.fromFolder(dir, "checks/"));
        List<String> files = e.problems().stream().map(p -> p.location().file()).distinct().toList();
        assertEquals(List.of("checks/bad-severity.rq", "checks/broken-shape.ttl", "checks/no-clause.rq",
                "checks/not-select.rq", "checks/uses-service.rq", "checks/wrong-name.rq"), files);
        assertTrue(e.problems().stream().map(PlanProblem::toString)
                .anyMatch(p -> p.equals("checks/bad-severity.rq:2:1: severity must be ERROR, WARNING or INFO, "
                        + "but is 'FATAL'")), e.getMessage());
    }

    @Test
    void aSyntaxErrorOrAnUnknownFactIsReportedWhereItIs(@TempDir Path dir) {
        write(dir, "typo.rq", "# clause: 4\n# severity: ERROR\nSELECT ?focus ?message WHERE {\n"
                + "  ?focus a ?type .\n  FILTER(?type = )\n}\n");
        write(dir, "no-such-fact.rq", "# clause: 4\n# severity: ERROR\nSELECT ?focus ?message WHERE {\n"
                + "  FACT risk-reviews\n  BIND(?risk AS ?focus)\n}\n");
        PlanLoadException e = assertThrows(PlanLoadException.class, () -> loader.fromFolder(dir, "checks/"));
        List<String> problems = e.problems().stream().map(PlanProblem::toString).toList();
        assertEquals(2, problems.size(), e.getMessage());
        assertTrue(problems.get(0).startsWith("checks/no-such-fact.rq:4:8: there is no plan fact 'risk-reviews'; "
                + "the facts are acceptance-authority, activity-due, "), problems.get(0));
        assertTrue(problems.get(1).startsWith("checks/typo.rq:5:"), problems.get(1));
        assertTrue(problems.get(1).contains(": SPARQL syntax error: "), problems.get(1));
    }

    @Test
    void aRefusedShapeQueryIsReportedAtItsLine(@TempDir Path dir) {
        write(dir, "leak.ttl", """
                @prefix sp: <https://w3id.org/secplan/ns#> .
                @prefix clause: <https://w3id.org/secplan/clause/> .
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <urn:leak> a sh:NodeShape ; sp:checkId "leak" ; sp:clause clause:4 ; sh:severity sh:Warning ;
                    rdfs:label "leak" ; sh:message "leak" ; sh:targetClass sp:Control ;
                    sh:sparql [ sh:select \"""
                        SELECT $this WHERE {
                          SERVICE <http://127.0.0.1:9/> { $this ?p ?o }
                        }\""" ] .
                """);
        PlanLoadException e = assertThrows(PlanLoadException.class, () -> loader.fromFolder(dir, "checks/"));
        assertEquals(List.of("checks/leak.ttl:8:1: the query in sh:select is refused: SERVICE is not allowed: "
                + "secplan queries never reach the network"), e.problems().stream().map(PlanProblem::toString).toList());
    }

    @Test
    void bundledChecksAllLoadAndHaveUniqueIds() {
        List<Check> checks = loader.builtIn(BundledResources.forSecplan());
        assertEquals(checks.size(), checks.stream().map(c -> c.info().id()).distinct().count());
        assertEquals(checks.size() + CheckLoader.nativeChecks().size(), secplan().checks().size());
    }

    @Test
    void planCheckMayNotReuseABundledId(@TempDir Path dir) {
        List<CheckInfo> bundled = secplan().checks();
        if (bundled.isEmpty()) {
            return;
        }
        String id = bundled.get(0).id();
        write(dir, "plan.ttl", TestPlans.PREFIXES + ":p a sp:SecurityPlan ; dcterms:identifier \"P\" .\n");
        write(dir, "checks/" + id + ".rq", "# clause: 4\n# severity: ERROR\nSELECT ?focus {}\n");
        var e = assertThrows(org.secplan.base.SecplanException.class, () -> secplan().checks(dir));
        assertTrue(e.getMessage().contains("a check named '" + id + "' already exists"), e.getMessage());
    }
}
