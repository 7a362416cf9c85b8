package org.secplan.site;

import org.secplan.base.Severity;

/** The word a reader sees for a severity: an INFO finding is a note to the reader, not an "info". */
final class SeverityWords {
    private SeverityWords() {
    }

    static String of(Severity s) {
        return switch (s) {
            case ERROR -> "Error";
            case WARNING -> "Warning";
            case INFO -> "Note";
        };
    }
}
