package org.secplan.audience;

import static org.secplan.TestSecplan.secplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.secplan.Secplan;
import org.secplan.check.Finding;

/**
 * Runs the need-to-know checks through the engine on their fixtures and compares the flagged identifiers
 * with the fixture's {@code expected} file exactly: no entity missed, none flagged by mistake.
 */
class NeedToKnowChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"leak-identifier-quoted", "classification-audience-has-maximum-level",
            "classification-level-is-known", "plan-has-default-classification"})
    void checkFlagsExactlyTheExpectedEntitiesOfItsFixture(String checkId) throws IOException, URISyntaxException {
        Path fixture = Path.of(NeedToKnowChecksTest.class.getResource("/fixtures/checks/" + checkId).toURI());
        Set<String> flagged = new TreeSet<>();
        for (Finding f : secplan().check(secplan().load(fixture), LocalDate.of(2026, 11, 1)).findings()) {
            if (f.checkId().equals(checkId)) {
                assertFalse(f.message().isBlank(), "every finding has a message");
                flagged.add(f.identifier());
            }
        }
        Set<String> expected = new TreeSet<>(Files.readString(fixture.resolve("expected")).lines()
                .map(String::strip).filter(l -> !l.isEmpty()).toList());
        assertEquals(expected, flagged);
    }
}
