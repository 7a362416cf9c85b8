package org.secplan.maven;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.apache.maven.plugin.MojoFailureException;

/** Reads the as-of date a user gives as a parameter. */
final class AsOfDates {

    private AsOfDates() {
    }

    static LocalDate parseAsOf(String text) throws MojoFailureException {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new MojoFailureException("secplan.asOf '" + text + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-01");
        }
    }
}
