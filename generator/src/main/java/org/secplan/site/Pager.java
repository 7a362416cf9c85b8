package org.secplan.site;

import java.util.function.IntFunction;

/**
 * The pager of a list spread over several pages, as AsciiDoc: "Page 2 of 50", previous and next, the first and last
 * page and the pages around this one, so that the pager stays one short line for lists of any length. Written as
 * a paragraph of roles and site links, which the post-processor keeps and checks like any other link.
 */
final class Pager {
    /** Pages linked on either side of the current one before the range is shortened with a gap. */
    private static final int AROUND = 2;

    private Pager() {
    }

    /**
     * @param pathOf path of page {@code n} (1-based)
     * @param page   this page
     * @param pages  how many pages the list has; at least 2
     */
    static String adoc(IntFunction<String> pathOf, int page, int pages) {
        // the line must not open with a role such as [.x]##…##: a line that starts with [ and ends with ] (as a
        // closing link does) would be read as a block attribute line and the pager would vanish
        StringBuilder a = new StringBuilder("[.sp-pager]\n");
        a.append(Adoc.text("Page " + page + " of " + pages));
        if (page > 1) {
            a.append(' ').append(Adoc.link(pathOf.apply(page - 1), "‹ Previous"));
        }
        int previous = 0;
        for (int p = 1; p <= pages; p++) {
            if (p != 1 && p != pages && Math.abs(p - page) > AROUND) {
                continue;
            }
            if (p - previous == 2) {
                // a gap would hide a single page: show that page instead
                a.append(' ').append(Adoc.link(pathOf.apply(p - 1), String.valueOf(p - 1)));
            } else if (p - previous > 2) {
                a.append(" [.sp-pager-gap]##").append(Adoc.text("…")).append("##");
            }
            a.append(' ').append(p == page ? "[.sp-pager-current]##" + p + "##" : Adoc.link(pathOf.apply(p), String.valueOf(p)));
            previous = p;
        }
        if (page < pages) {
            a.append(' ').append(Adoc.link(pathOf.apply(page + 1), "Next ›"));
        }
        return a.append("\n\n").toString();
    }
}
