package org.secplan.site;

import java.util.Locale;

/**
 * Writing AsciiDoc that carries untrusted text safely. Every character of a label or value that could mean something
 * to AsciiDoc or HTML (punctuation, symbols) is written as a numeric character reference, which Asciidoctor passes
 * through untouched and browsers show as the character: {@code <script>} stays text, {@code link:javascript:...}
 * never becomes a link, a {@code |} never splits a table cell, {@code {attr}} is never expanded.
 */
public final class Adoc {

    /** Prefix of the site-internal link targets that the post-processor rewrites to relative links and checks. */
    public static final String SITE_SCHEME = "site:/";

    private Adoc() {
    }

    /** The text, safe in any AsciiDoc context that applies normal substitutions (paragraphs, cells, titles, lists). */
    public static String text(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.strip();
        StringBuilder out = new StringBuilder(s.length() + 16);
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                // dropped: invisible characters only confuse readers
            } else {
                // Asciidoctor restores decimal references of 2 to 6 digits only
                out.append("&#").append(cp > 999_999 ? 0xFFFD : cp).append(';');
            }
        }
        return out.toString();
    }

    /** A link to a page of this site; {@code sitePath} is site-relative and may carry a {@code #fragment}. */
    public static String link(String sitePath, String label) {
        String shown = text(label);
        if (shown.isEmpty()) {
            shown = text(sitePath);
        }
        return "link:" + SITE_SCHEME + checkPath(sitePath) + "[" + shown + "]";
    }

    /** A site path goes into a macro target verbatim, so it may only hold characters that mean nothing there. */
    static String checkPath(String sitePath) {
        if (!sitePath.matches("[A-Za-z0-9._/#-]+") || sitePath.contains("..")) {
            throw new IllegalArgumentException("unsafe site path: " + sitePath);
        }
        return sitePath;
    }

    /** A table cell separator followed by the escaped text. */
    public static String cell(String raw) {
        return "| " + text(raw) + "\n";
    }

    /** A section title at the given level (1 = {@code ==}), with an explicit id. */
    public static String section(int level, String id, String title) {
        return "\n[#" + checkId(id) + "]\n" + "=".repeat(level + 1) + " " + text(title) + "\n\n";
    }

    static String checkId(String id) {
        if (!id.matches("[A-Za-z_][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("unsafe id: " + id);
        }
        return id;
    }

    /** A role name usable in {@code [.role]}. */
    public static String role(String raw) {
        return raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
    }
}
