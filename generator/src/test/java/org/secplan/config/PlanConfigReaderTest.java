package org.secplan.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.base.Severity;

class PlanConfigReaderTest {

    private final PlanConfigReader reader = new PlanConfigReader();

    private PlanConfig parse(String text) {
        return reader.parse(text.lines().toList(), "secplan.properties");
    }

    @Test
    void readsAsOfAndCheckOverrides() {
        PlanConfig config = parse("""
                # comment
                ! another comment

                as-of = 2026-11-01   # date against which dates are judged
                check.asset-has-owner.severity = error
                check.plan-review-not-overdue.enabled=false
                check.other: INFO
                """.replace("check.other: INFO", "check.other.severity: INFO"));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 1)), config.asOf());
        assertEquals(Severity.ERROR, config.severityOf("asset-has-owner", Severity.WARNING));
        assertEquals(Severity.INFO, config.severityOf("other", Severity.ERROR));
        assertEquals(Severity.WARNING, config.severityOf("unmentioned", Severity.WARNING));
        assertFalse(config.isEnabled("plan-review-not-overdue"));
        assertTrue(config.isEnabled("asset-has-owner"));
        assertEquals(5, config.checks().get("asset-has-owner").line());
    }

    @Test
    void reportsEveryBadLineWithItsPosition() {
        ConfigException e = assertThrows(ConfigException.class, () -> parse("""
                as-of = 2026-13-01
                check.x.severity = FATAL
                check.y.enabled = maybe
                colour = blue
                just words
                """));
        assertEquals(List.of(1, 2, 3, 4, 5), e.problems().stream().map(ConfigProblem::line).toList());
        assertEquals("""
                secplan.properties:1:9: as-of must be a date written YYYY-MM-DD, e.g. 2026-11-01, but is '2026-13-01'
                secplan.properties:2:20: check.x.severity must be ERROR, WARNING or INFO, but is 'FATAL'
                secplan.properties:3:19: check.y.enabled must be true or false, but is 'maybe'
                secplan.properties:4:1: unknown setting 'colour' (known: as-of, withheld-notice, check.<id>.severity, check.<id>.enabled)
                secplan.properties:5:1: expected 'key = value' but found 'just words'""", e.getMessage());
    }

    @Test
    void missingFileGivesDefaults(@TempDir Path dir) {
        PlanConfig config = reader.read(dir.resolve("secplan.properties"), "secplan.properties");
        assertEquals(PlanConfig.defaults(), config);
        assertTrue(config.asOf().isEmpty());
    }
}
