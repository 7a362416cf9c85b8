package org.secplan.render;

import java.util.Locale;

/**
 * The edition's classification marking on paper: an {@code @page} rule, appended to the site's stylesheet, that
 * prints "Classification: LEVEL" in the top and bottom margin boxes of every printed page, and the page number
 * beside the bottom one. The margin boxes lie outside the page's content area, so the marking is on every page,
 * the first included, and covers no line of the page.
 */
final class PrintMarking {

    private PrintMarking() {
    }

    /** The marking as it is printed: the same words as the on-screen banner. */
    static String text(String classification) {
        return "CLASSIFICATION: " + classification.toUpperCase(Locale.ROOT);
    }

    /** The {@code @page} rule for an edition at {@code classification}. */
    static String css(String classification) {
        String marking = quoted(text(classification));
        String box = "font-family: system-ui, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Noto Sans\", "
                + "\"Liberation Sans\", sans-serif; font-size: 8pt; font-weight: 700; letter-spacing: .08em; "
                + "color: #000;";
        return "\n/* the edition's marking at the top and bottom of every printed page */\n"
                + "@page {\n"
                + "  @top-center { content: " + marking + "; " + box + " vertical-align: middle; }\n"
                + "  @bottom-center { content: " + marking + "; " + box + " vertical-align: middle; }\n"
                + "  @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); font-size: 8pt; "
                + "color: #000; vertical-align: middle; }\n"
                + "}\n";
    }

    /** A CSS string: quotes, backslashes, control characters and anything outside printable ASCII escaped. */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c > 0x7E || c == '<' || c == '>') {
                b.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.append('"').toString();
    }
}
