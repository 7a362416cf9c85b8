package org.secplan.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class AsOfDatesTest {

    @Test
    void rejectsAnAsOfThatIsNotADateAsTheUsersMistake() {
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> AsOfDates.parseAsOf("01/11/2026"));
        assertEquals("secplan.asOf '01/11/2026' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-01", e.getMessage());
    }
}
