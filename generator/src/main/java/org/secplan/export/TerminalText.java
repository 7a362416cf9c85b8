package org.secplan.export;

/**
 * Text for a terminal or a CI log: control characters (an escape sequence could move the cursor and rewrite a line
 * such as "0 findings") and bidirectional or invisible format characters are shown as {@code \\u{XXXX}}.
 */
public final class TerminalText {
    private TerminalText() {
    }

    public static String visible(String text) {
        if (text == null || text.codePoints().noneMatch(TerminalText::hidden)) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (hidden(cp)) {
                b.append(String.format("\\u{%04X}", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    private static boolean hidden(int cp) {
        return (Character.isISOControl(cp) && cp != '\t') || Character.getType(cp) == Character.FORMAT
                || cp == 0x2028 || cp == 0x2029;
    }
}
