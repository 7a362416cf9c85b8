package org.secplan.check;

import static org.secplan.TestSecplan.secplan;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.secplan.Secplan;
import org.secplan.plan.PlanGraph;

/**
 * Every built-in check has a fixture plan under {@code src/test/resources/fixtures/checks/<check-id>/} that it must
 * flag: the plan's {@code *.ttl}, an optional {@code secplan.properties} (fixtures pin {@code as-of} so dated checks
 * stay reproducible) and a file {@code expected} listing, one per line, the identifiers the check must report;
 * an optional file {@code not-expected} lists identifiers it must not report.
 * A check without a fixture fails here, so a new check cannot arrive untested.
 * Beside them, {@code fixtures/clean/} holds plans kept as secplan asks, on which no check may report anything.
 */
class CheckFixturesTest {

    private static final String FIXTURES = "/fixtures/checks";

    @TestFactory
    Stream<DynamicTest> everyBuiltInCheckFlagsTheEntitiesItsFixtureExpects() {
        return secplan().checks().stream().map(info -> dynamicTest(info.id() + " flags its fixture", () -> {
            Path fixture = fixtures().resolve(info.id());
            assertTrue(Files.isDirectory(fixture), () -> "check '" + info.id() + "' has no fixture: add "
                    + "generator/src/test/resources/fixtures/checks/" + info.id()
                    + "/ with a small plan it flags and a file 'expected' listing the identifiers it must report");
            List<String> expected = expectedIdentifiers(fixture);
            assertFalse(expected.isEmpty(), () -> fixture.resolve("expected") + " lists no identifier");

            PlanGraph plan = secplan().load(fixture);
            List<Finding> findings = secplan().check(plan).findings().stream()
                    .filter(f -> f.checkId().equals(info.id())).toList();
            Set<String> flagged = findings.stream().map(Finding::identifier)
                    .collect(Collectors.toCollection(TreeSet::new));
            List<String> missed = expected.stream().filter(id -> !flagged.contains(id)).toList();
            assertTrue(missed.isEmpty(), () -> "check '" + info.id() + "' did not flag " + missed
                    + " in its fixture; it flagged " + flagged);
            Path clean = fixture.resolve("not-expected");
            if (Files.isRegularFile(clean)) {
                List<String> wrong = Files.readAllLines(clean).stream().map(String::strip)
                        .filter(id -> !id.isEmpty() && flagged.contains(id)).toList();
                assertTrue(wrong.isEmpty(), () -> "check '" + info.id() + "' flagged " + wrong
                        + ", which its fixture's not-expected lists as clean");
            }
            for (Finding finding : findings) {
                assertTrue(finding.clause().equals(info.clause()),
                        () -> "finding of '" + info.id() + "' carries clause " + finding.clause());
                assertFalse(finding.message().isBlank(), () -> "finding of '" + info.id() + "' has no message");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureBelongsToABuiltInCheck() {
        Set<String> ids = secplan().checks().stream().map(CheckInfo::id).collect(Collectors.toSet());
        try (Stream<Path> dirs = Files.list(fixtures())) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream()
                    .map(name -> dynamicTest("fixture " + name + " belongs to a check", () -> assertTrue(
                            ids.contains(name), () -> "fixture '" + name + "' has no check of that id (renamed?)")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void controlsKeptAsThePlanAsksRaiseNoFindingInAnyStageOfTheirLifecycle() {
        PlanGraph plan = secplan().load(fixtures().resolveSibling("clean").resolve("controls-in-operation"));
        List<Finding> findings = secplan().check(plan).findings();
        assertTrue(findings.isEmpty(), () -> "a clean register of controls raised " + findings.stream()
                .map(f -> f.checkId() + " " + f.identifier() + ": " + f.message()).toList());
    }

    private static List<String> expectedIdentifiers(Path fixture) throws IOException {
        Path file = fixture.resolve("expected");
        assertTrue(Files.isRegularFile(file), () -> fixture + " has no file 'expected'");
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static Path fixtures() {
        URL url = CheckFixturesTest.class.getResource(FIXTURES);
        assertTrue(url != null, "no " + FIXTURES + " on the test classpath");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
