package org.secplan.site;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the plan's xsd:date, xsd:dateTime and xsd:duration literals as the site shows them. */
final class PlanDates {

    private PlanDates() {}

    /** The calendar date of an xsd:date or xsd:dateTime; a time part is ignored. */
    static Optional<LocalDate> date(String s) {
        try {
            return Optional.of(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An xsd:duration of years, months, weeks and days; time parts are ignored. */
    static Optional<Period> period(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String d = s.trim();
        int t = d.indexOf('T');
        if (t >= 0) {
            d = d.substring(0, t);
        }
        try {
            return Optional.of(Period.parse(d));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
