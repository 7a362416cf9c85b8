package org.secplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secplan.TestSecplan.secplan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.base.SecplanException;
import org.secplan.build.BuildRequest;
import org.secplan.render.SiteFixtures;

/**
 * Hostile or damaged plan input gets one clear problem per case, with its file and position, and never an
 * internal error: invalid UTF-8, invisible characters and look-alike identifiers, deeply nested blocks, files in
 * formats secplan does not read, and page names that would collide.
 */
class PlanInputHardeningTest {
    @TempDir
    Path tmp;

    private Path plan;

    @BeforeEach
    void copyTheTestPlan() {
        plan = SiteFixtures.copy(SiteFixtures.testPlan(), tmp.resolve("plan"));
    }

    @Test
    void invalidUtf8IsReportedAtItsLineAndColumnInDataPagesAndChecks() throws IOException {
        byte[] bad = {'=', ' ', 'T', '\n', 'a', 'b', (byte) 0xC3, '(', '\n'};
        Files.write(plan.resolve("pages/broken.adoc"), bad);
        Files.createDirectories(plan.resolve("checks"));
        Files.write(plan.resolve("checks/broken.rq"), new byte[] {'#', ' ', (byte) 0xFF, '\n'});
        String ttl = Files.readString(plan.resolve("plan.ttl"));
        byte[] data = (ttl + "\n:x a sp:Role ; dcterms:identifier \"X-1\" ; rdfs:label \"caf").getBytes(StandardCharsets.UTF_8);
        byte[] tail = {(byte) 0xE9, '"', ' ', '.', '\n'};
        byte[] all = new byte[data.length + tail.length];
        System.arraycopy(data, 0, all, 0, data.length);
        System.arraycopy(tail, 0, all, data.length, tail.length);
        Files.write(plan.resolve("plan.ttl"), all);
        int lastLine = (int) (ttl + "\n").lines().count() + 1;

        List<String> problems = problems();
        assertTrue(problems.contains("pages/broken.adoc:2:3: invalid UTF-8 (byte offset 6); save the file as UTF-8"),
                problems.toString());
        assertTrue(problems.contains("checks/broken.rq:1:3: invalid UTF-8 (byte offset 2); save the file as UTF-8"),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("plan.ttl:" + lastLine + ":")
                && p.contains("invalid UTF-8")), problems.toString());
    }

    @Test
    void invisibleCharactersAndLookAlikeIdentifiersAreRefused() throws IOException {
        String nfd = "Cafe\u0301-1";
        String nfc = "Caf\u00e9-1";
        append("""
                :zw a sp:Role ; dcterms:identifier "ROLE-ZW\u200B" ; rdfs:label "zero width" .
                :esc a sp:Role ; dcterms:identifier "ROLE-\u001B[2K" ; rdfs:label "terminal escape" .
                :bidi a sp:Role ; dcterms:identifier "ROLE-\u202Eevil" ; rdfs:label "bidi override" .
                :nfd a sp:Role ; dcterms:identifier "%s" ; rdfs:label "decomposed" .
                :nfc a sp:Role ; dcterms:identifier "%s" ; rdfs:label "composed" .
                """.formatted(nfd, nfc));
        List<String> problems = problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains("'ROLE-ZW\\u{200B}'") && p.contains("U+200B")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("U+001B")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("U+202E")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("duplicate identifier") && p.contains("NFC")),
                problems.toString());
        assertTrue(problems.stream().noneMatch(p -> p.indexOf('\u001B') >= 0 || p.indexOf('\u202E') >= 0),
                "no problem prints the character itself");
    }

    @Test
    void deeplyNestedBlocksAreRefusedWithTheirLineInsteadOfExhaustingTheStack() throws IOException {
        StringBuilder page = new StringBuilder("= Deep\n\n");
        for (int i = 0; i < 150; i++) {
            page.append(i % 2 == 0 ? "====" : "****").append("=".repeat(i % 2 == 0 ? i / 2 : 0)).append('\n');
        }
        Files.writeString(plan.resolve("pages/deep.adoc"), page);
        List<String> problems = problems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("pages/deep.adoc:" + (3 + 32) + ": delimited blocks nest 33 deep")),
                problems.toString());
    }

    @Test
    void rdfInFormatsSecplanDoesNotReadIsReportedNotIgnored() throws IOException {
        Files.writeString(plan.resolve("extra.rdf"), "<rdf:RDF/>");
        Files.writeString(plan.resolve("more.jsonld"), "{}");
        List<String> problems = problems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("extra.rdf: secplan reads plan data from Turtle")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("more.jsonld: ")), problems.toString());
    }

    @Test
    void pagesThatWouldBePublishedUnderOneNameAreRefusedNamingBoth() throws IOException {
        Files.writeString(plan.resolve("pages/a b.adoc"), "= One\n");
        Files.writeString(plan.resolve("pages/a_20b.adoc"), "= Two\n");
        Path out = tmp.resolve("site");
        SecplanException e = assertThrows(SecplanException.class,
                () -> secplan().build(BuildRequest.of(plan, out).withAsOf(SiteFixtures.AS_OF)));
        assertTrue(e.getMessage().contains("pages/a b.adoc") && e.getMessage().contains("pages/a_20b.adoc")
                && e.getMessage().contains("pages/a_20b.html"), e.getMessage());
        assertFalse(Files.exists(out.resolve("public")));
    }

    @Test
    void anIdentifierEndingInADotGetsASafePage() throws IOException {
        append(":dot a sp:Role ; dcterms:identifier \"ROLE-X.\" ; rdfs:label \"Ends in a dot\" .\n");
        Path out = tmp.resolve("site");
        var outcome = secplan().build(BuildRequest.of(plan, out).withAsOf(SiteFixtures.AS_OF));
        Path full = outcome.editions().stream().filter(ed -> ed.readsEverything()).findFirst().orElseThrow().site();
        assertTrue(Files.isRegularFile(full.resolve("e/ROLE-X_2e.html")), "a page for ROLE-X.");
        assertEquals(1, outcome.editions().stream().filter(ed -> ed.readsEverything()).count());
    }

    @Test
    void aHierarchyThatRunsInACircleIsReportedWithItsPath() throws IOException {
        append("""
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                :c1 a skos:Concept ; skos:broader :c2 .
                :c2 a skos:Concept ; skos:broader :c3 .
                :c3 a skos:Concept ; skos:broader :c1 .
                """);
        List<String> problems = problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains("broader concepts (skos:broader) run in a circle: ")
                && p.contains(":c1 → ") && p.contains(":c2") && p.contains(":c3")), problems.toString());
    }

    @Test
    void aDanglingReferenceNamesItsSubject() throws IOException {
        append(":r-x a sp:Risk ; dcterms:identifier \"R-X\" ; sp:affects :nowhere .\n");
        assertTrue(problems().stream().anyMatch(p -> p.contains("sp:affects of :r-x refers to :nowhere")));
    }

    private void append(String turtle) throws IOException {
        Files.writeString(plan.resolve("plan.ttl"), Files.readString(plan.resolve("plan.ttl")) + "\n" + turtle);
    }

    private List<String> problems() {
        PlanLoadException e = assertThrows(PlanLoadException.class, () -> secplan().load(plan));
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        return e.problems().stream().map(PlanProblem::toString).toList();
    }
}
