package org.secplan.site;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PagedListTest {
    private static final List<Crumb> HOME = List.of(new Crumb("Home", SitePaths.HOME));

    private static Tables table(String prefix, int rows) {
        Tables t = new Tables("1,3", "sp-table", "Identifier", "Name");
        for (int i = 1; i <= rows; i++) {
            t.row(Adoc.text(prefix + i), Adoc.text("Row " + prefix + i));
        }
        return t;
    }

    private static PagedList list(int rowsPerPage) {
        return new PagedList(new Paging(rowsPerPage, 1), "registers/x.html", "Things", "registers/x.html", HOME,
                "Register");
    }

    /** The first cell of every table row of a page, in order. */
    static List<String> firstCells(String adoc) {
        List<String> out = new ArrayList<>();
        String[] lines = adoc.split("\n", -1);
        boolean inTable = false;
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals("|===")) {
                inTable = !inTable;
                header = true;
                continue;
            }
            if (!inTable) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            if (lines[i].startsWith("| ") && lines[i - 1].isEmpty()) {
                out.add(lines[i].substring(2));
            }
        }
        return out;
    }

    @Test
    void aListThatFitsOnePageIsItsPartsInOrderWithoutPager() {
        Tables t = table("A", 3);
        List<Page> pages = list(3).opening("Intro.\n\n").preamble("Legend.\n\n").heading(1, "a", "Section A")
                .table(t, "none").closing("Total.\n\n").pages();
        assertEquals(1, pages.size());
        Page p = pages.get(0);
        assertEquals("registers/x.html", p.path());
        assertEquals("Things", p.title());
        assertEquals("Intro.\n\nLegend.\n\n" + Adoc.section(1, "a", "Section A") + t.render("none") + "Total.\n\n",
                p.asciidoc());
        assertTrue(p.searchable());
    }

    @Test
    void rowsFlowAcrossPagesEachRowOnExactlyOnePage() {
        List<Page> pages = list(4).opening("Intro.\n\n").preamble("Legend.\n\n").table(table("A", 10), "")
                .closing("Total.\n\n").pages();
        assertEquals(List.of("registers/x.html", "registers/x-2.html", "registers/x-3.html"),
                pages.stream().map(Page::path).toList());
        List<String> all = new ArrayList<>();
        for (Page p : pages) {
            all.addAll(firstCells(p.asciidoc()));
        }
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            expected.add("A" + i);
        }
        assertEquals(expected, all);
        assertEquals(List.of(4, 4, 2), pages.stream().map(p -> firstCells(p.asciidoc()).size()).toList());
        assertEquals(List.of("Things, page 1 of 3 (rows 1–4 of 10)", "Things, page 2 of 3 (rows 5–8 of 10)",
                "Things, page 3 of 3 (rows 9–10 of 10)"), pages.stream().map(Page::title).toList());
    }

    @Test
    void openingAndClosingStayOnTheFirstPageThePreambleOnEvery() {
        List<Page> pages = list(4).opening("Intro.\n\n").preamble("Legend.\n\n").table(table("A", 10), "")
                .closing("Total.\n\n").pages();
        for (Page p : pages) {
            boolean first = p.path().equals("registers/x.html");
            assertEquals(first, p.asciidoc().contains("Intro."), p.path());
            assertEquals(first, p.asciidoc().contains("Total."), p.path());
            assertTrue(p.asciidoc().contains("Legend."), p.path());
            assertEquals(2, p.asciidoc().split("\\[\\.sp-pager\\]", -1).length - 1, "a pager above and below");
        }
        assertTrue(pages.get(0).asciidoc().startsWith("Intro.\n\n[.sp-pager]"));
    }

    @Test
    void laterPagesBelongToTheListInNavigationCrumbsAndSearch() {
        List<Page> pages = list(4).table(table("A", 10), "").pages();
        for (Page p : pages) {
            assertEquals("registers/x.html", p.navKey());
        }
        assertEquals(HOME, pages.get(0).crumbs());
        assertEquals(List.of(new Crumb("Home", SitePaths.HOME), new Crumb("Things", "registers/x.html")),
                pages.get(1).crumbs());
        assertEquals(List.of(true, false, false), pages.stream().map(Page::searchable).toList());
    }

    @Test
    void aSectionContinuedOnTheNextPageRepeatsItsHeadings() {
        List<Page> pages = list(4).heading(1, "d1", "Domain one").heading(2, "t1", "Topic one")
                .table(table("A", 6), "").heading(2, "t2", "Topic two").table(table("B", 1), "").pages();
        assertEquals(2, pages.size());
        String second = pages.get(1).asciidoc();
        assertTrue(second.contains(Adoc.section(1, "d1", "Domain one (continued)")
                + Adoc.section(2, "t1", "Topic one (continued)")), second);
        assertTrue(second.indexOf("Topic two") > second.indexOf("A6"), second);
        assertFalse(pages.get(0).asciidoc().contains("continued"));
    }

    @Test
    void aHeadingNeverEndsAPage() {
        // the first section fills page 1 exactly: the second section's heading goes with its rows to page 2
        List<Page> pages = list(4).heading(1, "a", "Section A").table(table("A", 4), "")
                .heading(1, "b", "Section B").text("About B.\n\n").table(table("B", 2), "").pages();
        assertEquals(2, pages.size());
        assertFalse(pages.get(0).asciidoc().contains("Section B"));
        String second = pages.get(1).asciidoc();
        assertTrue(second.contains(Adoc.section(1, "b", "Section B") + "About B."), second);
        assertFalse(second.contains("Section A"), "a finished section is not continued: " + second);
    }

    @Test
    void emptyTablesSayWhyAndTakeNoRows() {
        List<Page> pages = list(2).table(table("A", 3), "").heading(1, "none", "Nothing here")
                .table(table("B", 0), "Nothing is recorded.").pages();
        assertEquals(2, pages.size());
        assertTrue(pages.get(1).asciidoc().contains(Adoc.text("Nothing is recorded.")));
    }
}
