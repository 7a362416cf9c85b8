package org.secplan.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.secplan.base.Severity;
import org.secplan.check.Finding;
import org.secplan.site.NarrativeSource;

/**
 * Finds {@code include::} directives in the plan's pages, before anything is converted. A page is published from
 * its own file only: in secure mode Asciidoctor would turn an include into a link to the file it names — a broken
 * one, or, worse, a link to a page that happens to exist in place of the text the author meant to include — and
 * secplan never reads a file from outside the plan directory.
 */
final class IncludeDirectives {
    /** A preprocessor directive: it applies anywhere in a page, listing blocks included, unless escaped. */
    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]*)\\[.*\\]\\s*$");

    private IncludeDirectives() {
    }

    static List<Finding> in(List<NarrativeSource> pages) {
        List<Finding> out = new ArrayList<>();
        for (NarrativeSource page : pages) {
            String[] lines = page.content().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = INCLUDE.matcher(lines[i]);
                if (m.matches()) {
                    String where = page.file() + ":" + (i + 1);
                    out.add(new Finding("render-include", Severity.ERROR, "5.3.8", page.file(), page.file(),
                            where + ": 'include::" + m.group(1) + "[]' is not read: a plan page cannot include "
                                    + "another file; put the text in this page (write \\include:: to show the "
                                    + "directive as text)", page.file(), i + 1));
                }
            }
        }
        return out;
    }
}
