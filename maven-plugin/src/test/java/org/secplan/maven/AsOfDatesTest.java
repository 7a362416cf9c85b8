package org.secplan.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class AsOfDatesTest {

    @Test
    void readsTheDateOfAnIsoOutputTimestampInUtc() {
        assertEquals(Optional.of(LocalDate.of(2026, 11, 27)), AsOfDates.fromOutputTimestamp("2026-11-27T00:00:00Z"));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 26)), AsOfDates.fromOutputTimestamp("2026-11-27T01:00:00+02:00"));
    }

    @Test
    void readsEpochSecondsAsSourceDateEpochGivesThem() {
        assertEquals(Optional.of(LocalDate.of(2026, 11, 1)), AsOfDates.fromOutputTimestamp("1793491200"));
    }

    @Test
    void ignoresAnUnsetOrSwitchedOffTimestamp() {
        assertEquals(Optional.empty(), AsOfDates.fromOutputTimestamp(null));
        assertEquals(Optional.empty(), AsOfDates.fromOutputTimestamp("${project.build.outputTimestamp}"));
        assertEquals(Optional.empty(), AsOfDates.fromOutputTimestamp("a"));
        assertEquals(Optional.empty(), AsOfDates.fromOutputTimestamp("not a date"));
    }

    @Test
    void rejectsAnAsOfThatIsNotADateAsTheUsersMistake() {
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> AsOfDates.parseAsOf("01/11/2026"));
        assertEquals("secplan.asOf '01/11/2026' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-01", e.getMessage());
    }

    @Test
    void ordersClausesAsNumbers() {
        List<String> clauses = new ArrayList<>(List.of("5.2.10", "5.2.9", "4", "3.1", "5.2"));
        clauses.sort(FindingLog.CLAUSE_ORDER);
        assertEquals(List.of("3.1", "4", "5.2", "5.2.9", "5.2.10"), clauses);
    }
}
