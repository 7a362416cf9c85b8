package org.secplan.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.secplan.site.Adoc;

/**
 * Links to the site's own pages in AsciiDoc, as paper shows them: {@code link:site:/e/R-012.html[Flooding]} becomes
 * {@code Flooding}. Only the links secplan writes ({@link Adoc#link}: a checked path, a label whose every
 * punctuation mark is a character reference, so never a {@code ]}) are rewritten; anything else is left as it is.
 */
final class SiteLinks {
    private static final Pattern SITE_LINK = Pattern.compile(
            "link:" + Pattern.quote(Adoc.SITE_SCHEME) + "[A-Za-z0-9._/#-]+\\[([^\\]\\n]*)\\]");

    private SiteLinks() {
    }

    static String unlinked(String asciidoc) {
        Matcher m = SITE_LINK.matcher(asciidoc);
        return m.find() ? m.replaceAll(r -> Matcher.quoteReplacement(r.group(1))) : asciidoc;
    }
}
