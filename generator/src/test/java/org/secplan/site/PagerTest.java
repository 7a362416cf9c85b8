package org.secplan.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PagerTest {
    private static final Pattern LINK = Pattern.compile("link:site:/(registers/r(?:-\\d+)?\\.html)\\[([^\\]]*)\\]");

    private static String pager(int page, int pages) {
        return Pager.adoc(p -> Paging.pagePath("registers/r.html", p), page, pages);
    }

    /** The numbered links of a pager, in order, as "target=label". */
    private static List<String> links(String adoc) {
        List<String> out = new ArrayList<>();
        Matcher m = LINK.matcher(adoc);
        while (m.find()) {
            out.add(m.group(1) + "=" + m.group(2));
        }
        return out;
    }

    @Test
    void saysWhichPageOfHowManyAndLinksItsNeighbours() {
        String a = pager(10, 50);
        assertTrue(a.startsWith("[.sp-pager]\nPage 10 of 50 "), a);
        for (int page : new int[] {1, 2, 49, 50}) {
            // a line opening with [ and closing with ] would be taken for a block attribute line and vanish
            assertFalse(pager(page, 50).split("\n")[1].startsWith("["), pager(page, 50));
        }
        assertEquals(List.of("registers/r-9.html=&#8249; Previous", "registers/r.html=1", "registers/r-8.html=8",
                "registers/r-9.html=9", "registers/r-11.html=11", "registers/r-12.html=12", "registers/r-50.html=50",
                "registers/r-11.html=Next &#8250;"), links(a));
        assertTrue(a.contains("[.sp-pager-current]##10##"), a);
        assertEquals(2, a.split("sp-pager-gap", -1).length - 1, "a gap on either side: " + a);
    }

    @Test
    void theFirstPageHasNoPreviousAndTheLastNoNext() {
        assertFalse(pager(1, 50).contains("Previous"));
        assertTrue(pager(1, 50).contains("Next"));
        assertTrue(pager(50, 50).contains("Previous"));
        assertFalse(pager(50, 50).contains("Next"));
    }

    @Test
    void aGapNeverHidesASinglePage() {
        // pages 1 … 5 around page 4: 1, 2, 3, 4, 5, 6, 7 with no gap (page 1 sits right before 2)
        String a = pager(4, 7);
        assertFalse(a.contains("sp-pager-gap"), a);
        for (int p = 1; p <= 7; p++) {
            assertTrue(p == 4 ? a.contains("[.sp-pager-current]##4##") : a.contains("[" + p + "]"), p + " in " + a);
        }
        // page 5 of 9: 1 · 3 4 5 6 7 · 9 would hide only 2 and 8, so they are shown
        assertFalse(pager(5, 9).contains("sp-pager-gap"), pager(5, 9));
        assertTrue(pager(6, 20).contains("sp-pager-gap"));
    }

    @Test
    void pagesKeepTheListsPathFirstThenNumberIt() {
        assertEquals("registers/risks.html", Paging.pagePath("registers/risks.html", 1));
        assertEquals("registers/risks-2.html", Paging.pagePath("registers/risks.html", 2));
        assertEquals("registers/type-risk-12.html", SitePaths.kindIndex(Kind.byLocal("Risk").orElseThrow(), 12));
    }

    @Test
    void pagingCountsPagesAndRefusesPreviewsAsLongAsAPage() {
        Paging paging = new Paging(200, 50);
        assertEquals(1, paging.pages(0));
        assertEquals(1, paging.pages(200));
        assertEquals(2, paging.pages(201));
        assertEquals(50, paging.pages(10_000));
        assertFalse(paging.overflows(200));
        assertTrue(paging.overflows(201));
        assertThrows(IllegalArgumentException.class, () -> new Paging(50, 50));
        assertEquals(paging, paging.forColumns(11), "a table of ordinary width keeps full pages");
        assertEquals(83, paging.forColumns(60).rows(), "a matrix of 60 columns gets shorter pages");
        assertEquals(51, paging.forColumns(101).rows(), "never shorter than a preview and one row");
        assertEquals("Risk register, page 2 of 50 (rows 201–400 of 10,000)",
                Paging.title("Risk register", 2, 50, 201, 400, 10_000));
    }
}
