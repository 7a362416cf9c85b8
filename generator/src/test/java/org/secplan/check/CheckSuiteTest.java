package org.secplan.check;

import org.secplan.base.Severity;
import static org.secplan.TestSecplan.secplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secplan.TestPlans.write;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.Secplan;
import org.secplan.base.SecplanException;
import org.secplan.TestPlans;
import org.secplan.plan.PlanGraph;
import org.secplan.query.QueryGuard;
import org.secplan.query.QueryPolicy;
import org.secplan.query.SafeQueryExecutor;

/** The engine on the fixture plan's own checks only, so it does not depend on the bundled checks. */
class CheckSuiteTest {

    private static final SafeQueryExecutor EXECUTOR =
            new SafeQueryExecutor(QueryPolicy.defaults(), new QueryGuard());

    private static CheckReport run(PlanGraph plan, LocalDate asOf) {
        List<Check> checks = new CheckLoader(EXECUTOR, org.secplan.TestSecplan.facts()).fromFolder(plan.directory().resolve("checks"), "checks/");
        return new CheckSuite(checks, EXECUTOR).run(plan, asOf);
    }

    private static CheckReport run(PlanGraph plan) {
        return run(plan, plan.config().asOf().orElseThrow());
    }

    private static List<Finding> findings(CheckReport report, String checkId) {
        return report.findings().stream().filter(f -> f.checkId().equals(checkId)).toList();
    }

    @Test
    void shaclCheckNamesTheEntityAndPointsAtItsDefinition() {
        PlanGraph plan = secplan().load(TestPlans.fixture("plan-basic"));
        List<Finding> owners = findings(run(plan), "test-asset-has-owner");
        Finding pump = owners.stream().filter(f -> f.identifier().equals("A-1")).findFirst().orElseThrow();
        assertEquals(new Finding("test-asset-has-owner", Severity.WARNING, "5.2.4",
                "https://plan.engine-test.example/#asset-1", "A-1", "A-1 Pump station: the asset has no owner",
                "assets.ttl", 11), pump);
    }

    @Test
    void shaclTargetsSeeSubclassesFromTheOntology() {
        PlanGraph plan = secplan().load(TestPlans.fixture("plan-basic"));
        List<String> flagged = findings(run(plan), "test-asset-has-owner").stream()
                .map(Finding::identifier).toList();
        List<String> expected = plan.ontology().isEmpty() ? List.of("A-1") : List.of("A-1", "A-3");
        assertEquals(expected, flagged);
    }

    @Test
    void sparqlCheckGetsTheAsOfDateFromConfigOrCaller() {
        PlanGraph plan = secplan().load(TestPlans.fixture("plan-basic"));
        List<Finding> due = findings(run(plan), "test-plan-review-due");
        assertEquals(1, due.size());
        assertEquals("PLAN Engine test plan: its review was due on 2026-06-30", due.get(0).message());
        assertEquals(Severity.ERROR, due.get(0).severity());
        assertEquals("plan.ttl", due.get(0).file());
        assertEquals(7, due.get(0).line());
        assertTrue(findings(run(plan, LocalDate.of(2026, 1, 1)), "test-plan-review-due").isEmpty());
    }

    @Test
    void configOverridesSeverityAndSwitchesChecksOff(@TempDir Path dir) {
        Path copy = TestPlans.copy("plan-basic", dir);
        PlanGraph plain = secplan().load(copy);
        assertTrue(findings(run(plain), "test-labelled-is-described").isEmpty(), "disabled in config");

        write(copy, "secplan.properties", "as-of = 2026-11-01\ncheck.test-plan-review-due.severity = INFO\n");
        CheckReport report = run(secplan().load(copy));
        assertEquals(Severity.INFO, findings(report, "test-plan-review-due").get(0).severity());
        assertTrue(report.reaches(Severity.INFO));
    }

    @Test
    void reportsOnlyPlanEntitiesNotOntologyTerms(@TempDir Path dir) {
        Path copy = TestPlans.copy("plan-basic", dir);
        write(copy, "secplan.properties", "as-of = 2026-11-01\n");
        List<String> flagged = findings(run(secplan().load(copy)), "test-labelled-is-described").stream()
                .map(Finding::identifier).toList();
        assertEquals(List.of("A-1", "A-2", "A-3", "PLAN", "ROLE-1"), flagged);
    }

    @Test
    void findingsAreSortedByClauseThenCheckThenIdentifier() {
        CheckReport report = run(secplan().load(TestPlans.fixture("plan-basic")));
        List<Finding> sorted = report.findings().stream().sorted(java.util.Comparator
                .comparing(Finding::clause, ClauseNumbers.ORDER).thenComparing(Finding::checkId)
                .thenComparing(Finding::identifier)).toList();
        assertEquals(sorted, report.findings());
        assertEquals(report, run(secplan().load(TestPlans.fixture("plan-basic"))), "repeatable");
    }

    @Test
    void refusesOverrideOfUnknownCheckWithItsLine(@TempDir Path dir) {
        Path copy = TestPlans.copy("plan-basic", dir);
        write(copy, "secplan.properties", "as-of = 2026-11-01\n\ncheck.no-such-check.enabled = false\n");
        PlanGraph plan = secplan().load(copy);
        SecplanException e = assertThrows(SecplanException.class, () -> run(plan));
        assertEquals("secplan.properties:3:1: no check is named 'no-such-check' (run 'secplan checks' to list them)",
                e.getMessage());
    }

    @Test
    void clauseNumbersSortNumerically() {
        List<String> clauses = new java.util.ArrayList<>(List.of("5.2.10", "5.2.9", "5", "4", "5.10", "5.2"));
        clauses.sort(ClauseNumbers.ORDER);
        assertEquals(List.of("4", "5", "5.2", "5.2.9", "5.2.10", "5.10"), clauses);
    }

    @Test
    void reportCountsBySeverity() {
        Finding e = new Finding("a", Severity.ERROR, "4", "urn:x", "X", "m", null, 0);
        Finding w = new Finding("b", Severity.WARNING, "4", "urn:x", "X", "m", null, 0);
        CheckReport report = new CheckReport(List.of(e, w, w));
        assertEquals(1, report.errors());
        assertEquals(2, report.warnings());
        assertEquals(0, report.infos());
        assertTrue(report.reaches(Severity.ERROR));
        assertTrue(new CheckReport(List.of(w)).reaches(Severity.WARNING));
        assertTrue(!new CheckReport(List.of(w)).reaches(Severity.ERROR));
    }
}
