package org.secplan.base;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters; declared from most to least severe. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** True when this severity is as severe as {@code threshold} or more. */
    public boolean reaches(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    /** Parses {@code ERROR}, {@code warning}, ... ignoring case. */
    public static Optional<Severity> parse(String text) {
        for (Severity s : values()) {
            if (s.name().equals(text.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
