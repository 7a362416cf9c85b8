package org.secplan.plan;

import java.util.Optional;

/**
 * What an identifier may hold: visible text only. A control character, a bidirectional override or a zero-width
 * character would make two identifiers look alike ("OBJ-001" and "OBJ-001" + U+200B), reorder what a reader sees,
 * or rewrite a terminal line when printed.
 */
final class IdentifierText {
    private IdentifierText() {
    }

    /** Why the identifier is refused, or empty when it is fine. */
    static Optional<String> problem(String identifier) {
        if (identifier.isBlank()) {
            return Optional.of("is empty");
        }
        if (!identifier.equals(identifier.strip())) {
            return Optional.of("starts or ends with white space");
        }
        for (int i = 0; i < identifier.length(); ) {
            int cp = identifier.codePointAt(i);
            if (invisible(cp)) {
                return Optional.of("holds the invisible or control character " + String.format("U+%04X", cp)
                        + " at position " + (identifier.codePointCount(0, i) + 1) + "; identifiers must be visible text");
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    /** C0/C1 controls, bidirectional controls, zero-width and other format characters. */
    static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return Character.isISOControl(cp) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** The identifier in quotes with every invisible character shown as {@code \\u{XXXX}}. */
    static String quoted(String identifier) {
        StringBuilder b = new StringBuilder("'");
        identifier.codePoints().forEach(cp -> {
            if (invisible(cp)) {
                b.append(String.format("\\u{%04X}", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.append('\'').toString();
    }
}
