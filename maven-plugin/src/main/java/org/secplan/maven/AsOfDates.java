package org.secplan.maven;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.apache.maven.plugin.MojoFailureException;

/** Reads the as-of date from a parameter or from {@code project.build.outputTimestamp}. */
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

    /**
     * The UTC date of a Maven output timestamp: ISO-8601 ({@code 2026-11-27T00:00:00Z}) or seconds since the epoch
     * (the form {@code SOURCE_DATE_EPOCH} gives). Empty when unset, when it is a single character (Maven's way
     * of switching it off) or when it cannot be read.
     */
    static Optional<LocalDate> fromOutputTimestamp(String timestamp) {
        if (timestamp == null || timestamp.isBlank() || timestamp.length() < 2 || timestamp.startsWith("${")) {
            return Optional.empty();
        }
        String t = timestamp.trim();
        try {
            if (t.chars().allMatch(Character::isDigit)) {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(t)).atOffset(ZoneOffset.UTC).toLocalDate());
            }
            if (t.length() == 10) {
                return Optional.of(LocalDate.parse(t));
            }
            return Optional.of(OffsetDateTime.parse(t).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
