package org.secplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.CanaryPlans;

/** The CLI as a user runs it: {@code java -jar target/secplan.jar ...} in a separate process. */
class CliIT {

    record Run(int exit, String out, String err) {
    }

    private static final Path JAR = Path.of(System.getProperty("secplan.jar", "target/secplan.jar"));
    private static final Path RESOURCES = Path.of(System.getProperty("secplan.testResources", "src/test/resources"));

    private static Run secplan(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("secplan-out", ".txt");
        Path err = Files.createTempFile("secplan-err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "secplan did not finish");
        Run run = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    private static String plan(String name) {
        return RESOURCES.resolve("engine").resolve(name).toString();
    }

    @Test
    void helpListsTheCommandsAndExitsZero() throws Exception {
        Run run = secplan("--help");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Usage: secplan"), run.out());
        for (String command : List.of("check", "checks", "query")) {
            assertTrue(run.out().contains(command), command);
        }
        Run check = secplan("check", "--help");
        assertEquals(0, check.exit());
        assertTrue(check.out().contains("--fail-on"), check.out());
        assertTrue(check.out().contains("--as-of"), check.out());
        assertTrue(secplan("query", "--help").out().contains("--previous"));
    }

    @Test
    void versionOnEveryCommand() throws Exception {
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"check", "--version"},
                new String[] {"query", "--version"}, new String[] {"checks", "--version"})) {
            Run run = secplan(args);
            assertEquals(0, run.exit(), String.join(" ", args));
            assertTrue(run.out().startsWith("secplan "), run.out());
        }
    }

    @Test
    void findingAtThresholdExitsOneAndNoneExitsZero() throws Exception {
        Run failing = secplan("check", plan("plan-basic"));
        assertEquals(1, failing.exit(), failing.err());
        assertTrue(failing.out().contains("PLAN  Engine test plan: its review was due on 2026-06-30"), failing.out());
        assertTrue(failing.out().lines().anyMatch(l -> l.matches("\\d+ findings?: \\d+ errors?, \\d+ warnings?, \\d+ infos?")),
                failing.out());
        assertFalse(failing.err().contains("SLF4J"), failing.err());
        assertEquals(0, secplan("check", plan("plan-basic"), "--fail-on", "none").exit());
    }

    @Test
    void asOfBeforeTheReviewDateClearsTheError() throws Exception {
        Run run = secplan("check", plan("plan-basic"), "--as-of", "2026-01-01", "--format", "json");
        assertFalse(run.out().contains("test-plan-review-due"), run.out());
    }

    @Test
    void jsonFindingsHaveExactlyTheContractKeys() throws Exception {
        Run run = secplan("check", plan("plan-basic"), "--format", "json", "--fail-on", "none");
        assertEquals(0, run.exit(), run.err());
        String json = run.out();
        assertTrue(json.startsWith("{\n  \"findings\": ["), json);
        assertTrue(json.contains("\"summary\": {"), json);
        Matcher objects = Pattern.compile("\\{\\n      (\"id\".*?)\\n    \\}", Pattern.DOTALL).matcher(json);
        int count = 0;
        while (objects.find()) {
            List<String> keys = new ArrayList<>();
            Matcher key = Pattern.compile("(?m)^      \"([a-z]+)\": ").matcher(objects.group(0));
            while (key.find()) {
                keys.add(key.group(1));
            }
            assertEquals(List.of("id", "severity", "clause", "focus", "identifier", "message", "file", "line"), keys);
            count++;
        }
        assertTrue(count > 0, json);
        assertTrue(json.contains("\"id\": \"test-asset-has-owner\""), json);
        assertTrue(json.contains("\"file\": \"assets.ttl\""), json);
        assertEquals(json, secplan("check", plan("plan-basic"), "--format", "json", "--fail-on", "none").out(),
                "the same input gives the same bytes");
    }

    @Test
    void checkWritesTheReportsItIsAskedFor(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("findings.json");
        Path sarif = dir.resolve("sarif/findings.sarif");
        Path junit = dir.resolve("TEST-secplan.xml");
        Run run = secplan("check", plan("plan-basic"), "--report", "json", json.toString(), "--report", "sarif",
                sarif.toString(), "--report", "junit", junit.toString());
        assertEquals(1, run.exit(), run.err());
        assertEquals(secplan("check", plan("plan-basic"), "--format", "json").out(),
                Files.readString(json, StandardCharsets.UTF_8));
        assertTrue(Files.readString(sarif, StandardCharsets.UTF_8).contains("\"version\": \"2.1.0\""));
        assertTrue(Files.readString(junit, StandardCharsets.UTF_8).contains("<testsuite name=\"secplan\""));
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "no temporary file is left behind");
        }
        Run unknown = secplan("check", plan("plan-basic"), "--report", "pdf", dir.resolve("x.pdf").toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("unknown report format 'pdf'"), unknown.err());
    }

    @Test
    void brokenTurtleExitsTwoWithFileLineColumn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.ttl"), "@prefix : <https://x.example/#> .\n:a a :B .\n");
        Files.writeString(dir.resolve("risks.ttl"), "@prefix : <https://x.example/#> .\n:r a :Risk ;\n  :p ex:q .\n");
        Run run = secplan("check", dir.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("risks.ttl:3:6: unknown prefix 'ex'"), run.err());
        assertTrue(run.err().contains("1 problem in the plan"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void aPlanCheckThatWouldReachTheNetworkIsRefusedWithItsFile(@TempDir Path dir) throws Exception {
        Path plan = copyTree(RESOURCES.resolve("site/plan"), dir.resolve("plan"));
        Files.createDirectories(plan.resolve("checks"));
        Files.writeString(plan.resolve("checks/leak.ttl"), """
                @prefix sp: <https://w3id.org/secplan/ns#> .
                @prefix clause: <https://w3id.org/secplan/clause/> .
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <urn:leak> a sh:NodeShape ; sp:checkId "leak" ; sp:clause clause:4 ; sh:severity sh:Warning ;
                    rdfs:label "leak" ; sh:message "leak" ; sh:targetClass sp:Control ;
                    sh:sparql [ sh:select "SELECT $this { $this <urn:p> ?l SERVICE <http://127.0.0.1:9/> { ?s ?p ?l } }" ] .
                """);
        for (String command : List.of("check", "render")) {
            Run run = command.equals("check") ? secplan("check", plan.toString())
                    : secplan("render", plan.toString(), "--out", dir.resolve("site").toString());
            assertEquals(2, run.exit(), command + ": " + run.err());
            assertTrue(run.err().contains("checks/leak.ttl"), command + ": " + run.err());
            assertTrue(run.err().contains("SERVICE"), command + ": " + run.err());
            assertFalse(run.err().contains("\tat "), command + ": " + run.err());
        }
        assertFalse(Files.exists(dir.resolve("site")), "nothing rendered");
    }

    @Test
    void renderWritesOneEditionPerAudienceAndOneWithAudience(@TempDir Path dir) throws Exception {
        Path plan = copyTree(RESOURCES.resolve("site/plan"), dir.resolve("plan"));
        Files.writeString(plan.resolve("audiences.ttl"), """
                @prefix : <https://plan.site-test.example/#> .
                @prefix sp: <https://w3id.org/secplan/ns#> .
                @prefix spk: <https://w3id.org/secplan/concept/> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                :aud-public a sp:Audience ; dcterms:identifier "public" ; sp:maxClassification spk:class-public .
                :aud-team a sp:Audience ; dcterms:identifier "team" ; sp:maxClassification spk:class-secret .
                """);
        Run all = secplan("render", plan.toString(), "--out", dir.resolve("site").toString());
        assertEquals(0, all.exit(), all.err());
        assertTrue(Files.isRegularFile(dir.resolve("site/public/index.html")));
        assertTrue(Files.isRegularFile(dir.resolve("site/team/index.html")));
        assertFalse(Files.exists(dir.resolve("site/index.html")), "no page lists the editions");
        assertTrue(all.out().contains("[public] Open "), all.out());
        // the restricted asset A-003 is in the team's edition only, and the public lines never name it
        assertTrue(Files.exists(dir.resolve("site/team/e/A-003.html")));
        assertFalse(Files.exists(dir.resolve("site/public/e/A-003.html")));
        for (String line : (all.out() + all.err()).split("\n")) {
            if (line.startsWith("[public]")) {
                assertFalse(line.contains("A-003") || line.contains("Customer database"), line);
            }
        }
        Run one = secplan("render", plan.toString(), "--out", dir.resolve("one").toString(), "--audience", "team");
        assertEquals(0, one.exit(), one.err());
        assertTrue(Files.isRegularFile(dir.resolve("one/team/index.html")));
        assertFalse(Files.exists(dir.resolve("one/public")));
        Run unknown = secplan("render", plan.toString(), "--out", dir.resolve("x").toString(), "--audience", "nobody");
        assertEquals(2, unknown.exit(), unknown.err());
        assertTrue(unknown.err().contains("no audience 'nobody'"), unknown.err());
        Files.writeString(plan.resolve("audiences.ttl"), Files.readString(plan.resolve("audiences.ttl"))
                .replace("\"team\"", "\"../team\""));
        Run unsafe = secplan("render", plan.toString(), "--out", dir.resolve("y").toString());
        assertEquals(2, unsafe.exit(), unsafe.err());
        assertTrue(unsafe.err().contains("cannot name an edition directory"), unsafe.err());
        assertFalse(Files.exists(dir.resolve("y")) && Files.list(dir.resolve("y")).findAny().isPresent());
    }

    @Test
    void renderWithACacheDoesNothingWhenNothingChangedAndRefusesACacheInsideTheSite(@TempDir Path dir)
            throws Exception {
        Path plan = copyTree(RESOURCES.resolve("site/plan"), dir.resolve("plan"));
        String out = dir.resolve("site").toString();
        String cache = dir.resolve("cache").toString();
        Run first = secplan("render", plan.toString(), "--out", out, "--cache", cache);
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("edition (up to"), first.out());
        Run second = secplan("render", plan.toString(), "--out", out, "--cache", cache);
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().startsWith("Nothing changed since the last render"), second.out());
        assertTrue(second.out().contains("Open file:"), second.out());

        Path pages = plan.resolve("pages");
        Files.createDirectories(pages);
        Files.writeString(pages.resolve("added.adoc"), "= Added later\n\nA page added after the first render.\n");
        Run third = secplan("render", plan.toString(), "--out", out, "--cache", cache);
        assertEquals(0, third.exit(), third.err());
        java.util.regex.Matcher cached = java.util.regex.Pattern.compile("\\((\\d+) from the cache\\)")
                .matcher(third.err());
        assertTrue(cached.find() && Integer.parseInt(cached.group(1)) > 0, "unchanged pages reused: " + third.err());

        Run inside = secplan("render", plan.toString(), "--out", out, "--cache", dir.resolve("site/cache").toString());
        assertEquals(2, inside.exit(), inside.err());
        assertTrue(inside.err().contains("must lie outside the output directory"), inside.err());
        assertFalse(inside.err().contains("\tat "), "no stack trace: " + inside.err());
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return to;
    }

    @Test
    void badArgumentsExitTwoWithoutStackTrace() throws Exception {
        Run missing = secplan("check", "/no/such/plan");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("does not exist"), missing.err());
        Run badDate = secplan("check", plan("plan-basic"), "--as-of", "soon");
        assertEquals(2, badDate.exit());
        assertTrue(badDate.err().contains("YYYY-MM-DD"), badDate.err());
        Run unknown = secplan("chek");
        assertEquals(2, unknown.exit());
        assertFalse(unknown.err().contains("\tat "), unknown.err());
    }

    @Test
    void checksListsEveryCheckWithClauseSeverityAndTitle() throws Exception {
        Run run = secplan("checks", plan("plan-basic"));
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("test-plan-review-due")
                && l.contains(" 4 ") && l.contains("ERROR") && l.contains("review date")), run.out());
        Run json = secplan("checks", "--format", "json");
        assertTrue(json.out().startsWith("{\n  \"checks\": "), json.out());
    }

    @Test
    void queryRunsSparqlAndRefusesService() throws Exception {
        Run run = secplan("query", plan("plan-basic"), "--sparql",
                "SELECT ?id WHERE { ?a a sp:Asset ; dcterms:identifier ?id } ORDER BY ?id", "--format", "csv");
        assertEquals(0, run.exit(), run.err());
        assertEquals("id\r\nA-1\r\nA-2\r\n", run.out());
        Run service = secplan("query", plan("plan-basic"), "--sparql",
                "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }");
        assertEquals(2, service.exit());
        assertTrue(service.err().startsWith("SERVICE is not allowed"), service.err());
        Run update = secplan("query", plan("plan-basic"), "--sparql", "DELETE WHERE { ?s ?p ?o }");
        assertEquals(2, update.exit());
        assertTrue(update.err().startsWith("updates"), update.err());
    }

    @Test
    void queryBindsParametersAndComparesWithPrevious() throws Exception {
        Run run = secplan("query", plan("plan-basic"), "--param", "asset=A-2", "--sparql",
                "SELECT ?owner WHERE { ?asset sp:owner ?o . ?o rdfs:label ?owner }");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Security manager"), run.out());
        Run unknown = secplan("query", plan("plan-basic"), "--param", "asset=NOPE", "--sparql",
                "SELECT ?o WHERE { ?asset sp:owner ?o }");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("no entity in the plan has the identifier 'NOPE'"), unknown.err());
        Run diff = secplan("query", plan("plan-basic"), "--previous", plan("plan-previous"), "--format", "json",
                "--sparql", "SELECT ?id WHERE { GRAPH <urn:secplan:previous> { ?e dcterms:identifier ?id } "
                        + "FILTER NOT EXISTS { ?x dcterms:identifier ?id } }");
        assertEquals(0, diff.exit(), diff.err());
        assertTrue(diff.out().contains("\"value\": \"A-OLD\""), diff.out());
    }

    @Test
    void queryForAnAudienceReadsOnlyWhatItsEditionShowsAndTheWholePlanSaysSoOnStderr(@TempDir Path dir)
            throws Exception {
        String plan = CanaryPlans.current(dir.resolve("plan")).toString();
        String labels = "SELECT ?l WHERE { ?s rdfs:label ?l }";
        Run forPublic = secplan("query", plan, "--audience", "public", "--sparql", labels, "--format", "csv");
        assertEquals(0, forPublic.exit(), forPublic.err());
        assertTrue(forPublic.out().startsWith("l\r\n"), forPublic.out());
        assertFalse(forPublic.out().contains(CanaryPlans.SECRET), "the public reads the Secret control's label");
        assertFalse(forPublic.out().contains(CanaryPlans.INTERNAL), "the public reads the Internal control's label");
        assertEquals("", forPublic.err(), "a query for an audience says nothing more");

        Run staff = secplan("query", plan, "--audience", "staff", "--sparql", labels, "--format", "csv");
        assertEquals(0, staff.exit(), staff.err());
        assertTrue(staff.out().contains(CanaryPlans.INTERNAL), "staff read Internal");
        assertFalse(staff.out().contains(CanaryPlans.SECRET), "staff read the Secret control's label");

        Run whole = secplan("query", plan, "--sparql", labels, "--format", "csv");
        assertEquals(0, whole.exit(), whole.err());
        assertTrue(whole.out().contains(CanaryPlans.SECRET) && whole.out().contains(CanaryPlans.INTERNAL));
        assertEquals("secplan: no --audience given: this runs on the whole plan, every level of it "
                + "(use --audience ID to see only what one audience may see)\n", whole.err());

        Path previous = CanaryPlans.previous(dir.resolve("previous"));
        Run diff = secplan("query", plan, "--audience", "public", "--name", "plan-diff", "--previous",
                previous.toString(), "--format", "csv");
        assertEquals(0, diff.exit(), diff.err());
        for (String canary : List.of(CanaryPlans.SECRET, CanaryPlans.INTERNAL, CanaryPlans.SECRET_REMOVED)) {
            assertFalse(diff.out().contains(canary), "the public's plan-diff names " + canary + ": " + diff.out());
        }
        Run wholeDiff = secplan("query", plan, "--name", "plan-diff", "--previous", previous.toString());
        assertTrue(wholeDiff.out().contains(CanaryPlans.SECRET_REMOVED), wholeDiff.out());
    }

    @Test
    void checkForAnAudienceShowsOnlyFindingsOfTheWholeCheckThatItsEditionShows(@TempDir Path dir) throws Exception {
        String plan = CanaryPlans.current(dir.resolve("plan")).toString();
        Run whole = secplan("check", plan, "--format", "json", "--fail-on", "none");
        assertEquals(0, whole.exit(), whole.err());
        assertTrue(whole.out().contains(CanaryPlans.SECRET) && whole.out().contains(CanaryPlans.INTERNAL), whole.out());
        assertTrue(whole.err().startsWith("secplan: no --audience given: this runs on the whole plan"), whole.err());

        Run forPublic = secplan("check", plan, "--audience", "public", "--format", "json", "--fail-on", "none",
                "--report", "sarif", dir.resolve("public.sarif").toString(),
                "--report", "junit", dir.resolve("TEST-public.xml").toString(),
                "--report", "json", dir.resolve("public.json").toString());
        assertEquals(0, forPublic.exit(), forPublic.err());
        assertEquals("", forPublic.err());
        assertFalse(forPublic.out().contains("CANARY"), forPublic.out());
        for (String report : List.of("public.sarif", "TEST-public.xml", "public.json")) {
            String text = Files.readString(dir.resolve(report));
            assertFalse(text.contains("CANARY") || text.contains("C-7F3A") || text.contains("C-91BC"), report);
        }
        assertFalse(forPublic.out().contains("C-7F3A") || forPublic.out().contains("C-91BC"), forPublic.out());
        List<String> shown = findingObjects(forPublic.out());
        List<String> all = findingObjects(whole.out());
        for (String finding : shown) {
            assertTrue(all.contains(finding), "the public sees a finding the whole check does not make: " + finding);
        }
        assertTrue(shown.size() < all.size(), "the public sees fewer findings than the whole check makes");

        Run staff = secplan("check", plan, "--audience", "staff", "--fail-on", "none");
        assertEquals(0, staff.exit(), staff.err());
        assertTrue(staff.out().contains(CanaryPlans.INTERNAL), "staff see the finding about the Internal control");
        assertFalse(staff.out().contains(CanaryPlans.SECRET), staff.out());

        Run unknown = secplan("check", plan, "--audience", "nobody");
        assertEquals(2, unknown.exit(), unknown.err());
        assertEquals("the plan has no audience 'nobody' (its audiences: management, public, security-team, staff)\n",
                unknown.err());
        assertEquals("", unknown.out());
        Run noAudiences = secplan("query", plan("plan-basic"), "--audience", "public", "--sparql", "ASK {}");
        assertEquals(2, noAudiences.exit(), noAudiences.err());
        assertTrue(noAudiences.err().startsWith("the plan declares no audiences"), noAudiences.err());
        assertFalse(noAudiences.err().contains("\tat "), noAudiences.err());
    }

    /** The findings of a {@code --format json} document, each object as its text. */
    private static List<String> findingObjects(String json) {
        List<String> objects = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\\n      (\"id\".*?)\\n    \\}", Pattern.DOTALL).matcher(json);
        while (m.find()) {
            objects.add(m.group(1));
        }
        return objects;
    }

    @Test
    void queryListNamesTheBuiltInQueries() throws Exception {
        Run run = secplan("query", "--list");
        assertEquals(0, run.exit(), run.err());
    }
}
