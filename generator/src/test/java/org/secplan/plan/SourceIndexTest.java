package org.secplan.plan;

import static org.secplan.TestSecplan.secplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secplan.TestPlans.PREFIXES;
import static org.secplan.TestPlans.write;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.Secplan;

class SourceIndexTest {

    @TempDir
    Path plan;

    @Test
    void recordsTheFirstStatementOfEachSubject() {
        write(plan, "a.ttl", PREFIXES + """

                :first a sp:Asset ;
                    dcterms:identifier "A-1" .
                  :second a sp:Asset ; dcterms:identifier "A-2" .
                :role a sp:Role ; dcterms:identifier "R-1" .
                """);
        write(plan, "b.ttl", PREFIXES + """
                :first rdfs:label "stated again in a later file" .
                :third a sp:Asset ; dcterms:identifier "A-3" ; sp:owner :role .
                """);
        PlanGraph graph = secplan().load(plan);
        String ns = "https://plan.test.example/#";
        assertEquals(new SourceLocation("a.ttl", 7, 1), graph.sourceOf(ns + "first").orElseThrow());
        assertEquals(new SourceLocation("a.ttl", 9, 3), graph.sourceOf(ns + "second").orElseThrow());
        assertEquals(new SourceLocation("b.ttl", 7, 1), graph.sourceOf(ns + "third").orElseThrow());
        assertEquals("a.ttl:10:1", graph.sourceOf(ns + "role").orElseThrow().toString());
        assertTrue(graph.sourceOf(ns + "nothing").isEmpty());
    }

    @Test
    void recordsNestedFilesWithForwardSlashes() {
        write(plan, "sub/dir/c.ttl", PREFIXES + ":c a sp:Asset ; dcterms:identifier \"C\" .\n");
        PlanGraph graph = secplan().load(plan);
        assertEquals("sub/dir/c.ttl:6:1",
                graph.byIdentifier("C").orElseThrow().source().toString());
    }
}
