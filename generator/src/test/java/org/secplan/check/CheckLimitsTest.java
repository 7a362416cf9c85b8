package org.secplan.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secplan.TestPlans.write;
import static org.secplan.TestSecplan.secplan;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.TestPlans;
import org.secplan.base.SecplanException;
import org.secplan.plan.PlanLoadException;
import org.secplan.query.QueryGuard;
import org.secplan.query.QueryPolicy;
import org.secplan.query.SafeQueryExecutor;

/**
 * Plan checks keep to the query limits: a list walk over a cyclic list stops with a clear error naming the check,
 * a SHACL check is stopped at the timeout wherever jena-shacl is, and a SHACL check that would use a property
 * function is refused when its file is read.
 */
class CheckLimitsTest {

    private static final Duration WELL_WITHIN = Duration.ofSeconds(20);

    private static final String SHAPE_HEAD = """
            @prefix sp: <https://w3id.org/secplan/ns#> .
            @prefix chk: <https://w3id.org/secplan/check/> .
            @prefix clause: <https://w3id.org/secplan/clause/> .
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

            chk:%1$s a sh:NodeShape ; sp:checkId "%1$s" ; sp:clause clause:4 ; sh:severity sh:Warning ;
                rdfs:label "test" ;
            """;

    @TempDir
    Path dir;

    private void writePlanWithCyclicList() {
        write(dir, "plan.ttl", TestPlans.PREFIXES + """
                @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
                :p a sp:SecurityPlan ; dcterms:identifier "P" ; rdfs:label "Plan" ; rdfs:seeAlso :cell1 .
                :cell1 rdf:first "x" ; rdf:rest :cell2 .
                :cell2 rdf:first "y" ; rdf:rest :cell1 .
                """);
    }

    @Test
    void sparqlCheckOverACyclicListStopsWithAClearErrorNamingTheCheck() {
        writePlanWithCyclicList();
        write(dir, "checks/list-walk.rq", """
                # clause: 4
                # severity: ERROR
                PREFIX list: <http://jena.apache.org/ARQ/list#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?focus ?message { ?focus rdfs:seeAlso ?l . ?l list:member ?m BIND(STR(?m) AS ?message) }
                """);
        SecplanException e = assertTimeoutPreemptively(WELL_WITHIN,
                () -> assertThrows(SecplanException.class, () -> secplan().check(secplan().load(dir))));
        assertTrue(e.getMessage().startsWith("the check 'list-walk' (checks/list-walk.rq) failed: the RDF list"),
                e.getMessage());
        assertTrue(e.getMessage().contains("leads back into itself"), e.getMessage());
    }

    @Test
    void shaclCheckWithAListFunctionIsRefusedWhenItsFileIsRead() {
        writePlanWithCyclicList();
        write(dir, "checks/shacl-list.ttl", SHAPE_HEAD.formatted("shacl-list") + """
                    sh:targetClass sp:SecurityPlan ;
                    sh:sparql [ sh:select "SELECT $this { $this <http://www.w3.org/2000/01/rdf-schema#seeAlso> ?l . ?l <http://jena.apache.org/ARQ/list#member> ?m }" ] .
                """);
        PlanLoadException e = assertTimeoutPreemptively(WELL_WITHIN,
                () -> assertThrows(PlanLoadException.class, () -> secplan().check(secplan().load(dir))));
        assertEquals("checks/shacl-list.ttl", e.problems().get(0).location().file());
        assertTrue(e.problems().get(0).message().contains("walk lists with rdf:rest*/rdf:first"), e.getMessage());
    }

    @Test
    void shaclCheckWalkingACyclicListByPathEndsAndReports() {
        writePlanWithCyclicList();
        write(dir, "checks/shacl-path.ttl", SHAPE_HEAD.formatted("shacl-path") + """
                    sh:targetClass sp:SecurityPlan ;
                    sh:sparql [ sh:message "lists {?m}" ;
                        sh:select "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> SELECT DISTINCT $this ?m { $this <http://www.w3.org/2000/01/rdf-schema#seeAlso>/rdf:rest*/rdf:first ?m }" ] .
                """);
        var findings = assertTimeoutPreemptively(WELL_WITHIN, () -> secplan().check(secplan().load(dir)))
                .findings().stream().filter(f -> f.checkId().equals("shacl-path")).toList();
        assertEquals(2, findings.size(), findings.toString());
    }

    @Test
    void shaclCheckIsStoppedAtTheTimeout() {
        writePlanWithCyclicList();
        write(dir, "checks/shacl-slow.ttl", SHAPE_HEAD.formatted("shacl-slow") + """
                    sh:targetClass sp:SecurityPlan ;
                    sh:sparql [ sh:select "SELECT $this { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STR(?i) = 'never') }" ] .
                """);
        SafeQueryExecutor quick = new SafeQueryExecutor(new QueryPolicy(Duration.ofMillis(500), 100_000),
                new QueryGuard());
        List<Check> checks = new CheckLoader(quick, org.secplan.TestSecplan.facts()).fromFolder(dir.resolve("checks"), "checks/");
        CheckSuite suite = new CheckSuite(checks, quick);
        SecplanException e = assertTimeoutPreemptively(WELL_WITHIN, () -> assertThrows(SecplanException.class,
                () -> suite.run(secplan().load(dir), LocalDate.of(2026, 1, 1))));
        assertEquals("the check 'shacl-slow' (checks/shacl-slow.ttl) failed: the SHACL check ran longer than "
                + "500 ms and was stopped", e.getMessage());
    }
}
