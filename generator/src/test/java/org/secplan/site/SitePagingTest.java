package org.secplan.site;

import org.secplan.plan.Vocabulary;

import static org.secplan.TestSecplan.secplan;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.secplan.Secplan;
import org.secplan.check.CheckReport;
import org.secplan.plan.Entity;
import org.secplan.plan.PlanGraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The small test plan planned with pages of two rows, so that every list of more than two rows is paged the way
 * the registers of a plan of thousands of risks are.
 */
class SitePagingTest {
    private static final Paging TWO_ROWS = new Paging(2, 1);
    private static final Pattern SITE_LINK = Pattern.compile("link:site:/([A-Za-z0-9._/-]+)(?:#([A-Za-z0-9_-]+))?\\[");

    private static PlanIndex index;
    private static Site site;
    private static Site unpaged;

    @BeforeAll
    static void plan() throws URISyntaxException {
        PlanGraph graph = secplan().load(Path.of(SitePagingTest.class.getResource("/site/plan").toURI()));
        index = org.secplan.TestSecplan.index(graph, LocalDate.of(2026, 11, 1));
        site = planner(TWO_ROWS).plan();
        unpaged = planner(Paging.DEFAULT).plan();
    }

    private static SitePlanner planner(Paging paging) {
        return new SitePlanner(index, new CheckReport(List.of()), List.of(),
                List.of(new NarrativeSource("pages/overview.adoc", "= Overview\n\nText.\n")), View.full(), paging);
    }

    private static Page page(String path) {
        return site.pages().stream().filter(p -> p.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no page " + path));
    }

    /** A list's pages in site order: its first page and the pages continuing it. */
    private static List<Page> pagesOf(String first) {
        String stem = first.substring(0, first.length() - ".html".length());
        return site.pages().stream().filter(p -> p.path().equals(first) || p.path().matches(Pattern.quote(stem) + "-\\d+\\.html"))
                .toList();
    }

    private static List<String> identifiers(String local) {
        return index.ofType(Vocabulary.sp(local)).stream().map(e -> "link:site:/e/" + SitePaths.slug(e.identifier())
                + ".html[" + Adoc.text(e.identifier()) + "]").toList();
    }

    @Test
    void listsThatFitAPageAreUnchangedAndHaveNoPager() {
        for (Page p : unpaged.pages()) {
            assertFalse(p.asciidoc().contains("[.sp-pager]"), p.path());
            assertFalse(p.path().matches("registers/.*-\\d+\\.html"), p.path());
            assertTrue(p.searchable(), p.path());
        }
        assertEquals("Risk register", unpaged.pages().stream().filter(p -> p.path().equals(SitePaths.RISK_REGISTER))
                .findFirst().orElseThrow().title());
    }

    @Test
    void aLongRegisterKeepsItsPathAndContinuesOnNumberedPages() {
        List<Page> risks = pagesOf(SitePaths.RISK_REGISTER);
        assertEquals(List.of("registers/risks.html", "registers/risks-2.html"), risks.stream().map(Page::path).toList());
        assertEquals("Risk register, page 1 of 2 (rows 1–2 of 3)", risks.get(0).title());
        assertEquals("Risk register, page 2 of 2 (rows 3–3 of 3)", risks.get(1).title());
        for (Page p : risks) {
            assertEquals(SitePaths.RISK_REGISTER, p.navKey(), "the sidebar's risk register stays current");
            assertTrue(p.asciidoc().contains("[.sp-pager]"));
        }
        assertEquals(List.of(new Crumb("Home", SitePaths.HOME), new Crumb("Risk register", SitePaths.RISK_REGISTER)),
                risks.get(1).crumbs());
        assertTrue(risks.get(0).searchable());
        assertFalse(risks.get(1).searchable(), "a page that only continues a list stays out of the search index");
    }

    @Test
    void everyRowIsOnExactlyOnePageInOrder() {
        Map<String, List<String>> lists = Map.of(SitePaths.RISK_REGISTER, identifiers("Risk"),
                SitePaths.ASSET_REGISTER, identifiers("Asset"),
                SitePaths.kindIndex(Kind.byLocal("Control").orElseThrow(), 1), identifiers("Control"));
        for (Map.Entry<String, List<String>> l : lists.entrySet()) {
            List<Page> pages = pagesOf(l.getKey());
            assertEquals(TWO_ROWS.pages(l.getValue().size()), pages.size(), l.getKey());
            List<String> rows = new ArrayList<>();
            for (Page p : pages) {
                List<String> cells = PagedListTest.firstCells(p.asciidoc());
                assertTrue(cells.size() <= TWO_ROWS.rows(), p.path());
                rows.addAll(cells);
            }
            assertEquals(l.getValue(), rows, l.getKey());
        }
        // the matrix has one row per control, under its legend on every page
        List<Page> matrix = pagesOf(SitePaths.MATRIX);
        assertEquals(2, matrix.size());
        int rows = 0;
        for (Page p : matrix) {
            assertTrue(p.asciidoc().contains(Adoc.text("Columns:")), p.path());
            rows += PagedListTest.firstCells(p.asciidoc()).size();
        }
        assertEquals(index.ofType(Vocabulary.sp("Control")).size(), rows);
    }

    @Test
    void figuresThatCountTheWholeListStayOnItsFirstPage() {
        List<Page> risks = pagesOf(SitePaths.RISK_REGISTER);
        assertTrue(risks.get(0).asciidoc().contains("heatmap::inherent[]"));
        assertFalse(risks.get(1).asciidoc().contains("heatmap::"));
        List<Page> matrix = pagesOf(SitePaths.MATRIX);
        assertTrue(matrix.get(0).asciidoc().contains("controls trace to no objective"));
        assertFalse(matrix.get(1).asciidoc().contains("controls trace to no objective"));
        int controls = index.ofType(Vocabulary.sp("Control")).size();
        assertTrue(pagesOf(SitePaths.kindIndex(Kind.byLocal("Control").orElseThrow(), 1)).get(0).asciidoc()
                .startsWith(Adoc.text(controls + " controls in the plan.")));
    }

    @Test
    void everySiteLinkOfEveryPageLeadsToAPageAndSection() {
        Map<String, Page> byPath = new HashMap<>();
        for (Page p : site.pages()) {
            assertTrue(byPath.put(p.path(), p) == null, "no page path twice: " + p.path());
        }
        for (Page p : site.pages()) {
            Matcher m = SITE_LINK.matcher(p.asciidoc());
            while (m.find()) {
                Page target = byPath.get(m.group(1));
                assertNotNull(target, p.path() + " links to a missing page " + m.group(1));
                if (m.group(2) != null) {
                    assertTrue(target.asciidoc().contains("[#" + m.group(2) + "]"),
                            p.path() + " links to a missing section " + m.group(0));
                }
            }
            for (String neighbour : new String[] {p.previous(), p.next()}) {
                assertTrue(neighbour == null || byPath.containsKey(neighbour), p.path() + " → " + neighbour);
            }
            for (Crumb c : p.crumbs()) {
                assertTrue(byPath.containsKey(c.path()), p.path() + " crumb " + c.path());
            }
        }
    }

    @Test
    void readingOrderWalksARegistersPagesBeforeTheNextRegister() {
        assertEquals("registers/risks-2.html", page("registers/risks.html").next());
        assertEquals("registers/risks.html", page("registers/risks-2.html").previous());
        assertEquals(SitePaths.ASSET_REGISTER, page("registers/risks-2.html").next());
        assertEquals("registers/risks-2.html", page(SitePaths.ASSET_REGISTER).previous());
    }

    @Test
    void overviewTablesShowTheirFirstRowsAndLinkToTheFullList() {
        String part = page(SitePaths.RISK).asciidoc();
        int risks = index.ofType(Vocabulary.sp("Risk")).size();
        assertTrue(part.contains(Adoc.text("Showing 1 of " + risks + ".") + " "
                + Adoc.link(SitePaths.fullList("review-schedule"), "See all risk reviews")), part);
        List<Page> schedule = pagesOf(SitePaths.fullList("review-schedule"));
        assertEquals(TWO_ROWS.pages(risks), schedule.size());
        assertEquals("part-5.3", schedule.get(0).navKey(), "the schedule belongs to the part it continues");
        assertEquals(new Crumb("5.3 Management of risk", SitePaths.RISK), schedule.get(0).crumbs().get(1));
        int rows = schedule.stream().mapToInt(p -> PagedListTest.firstCells(p.asciidoc()).size()).sum();
        assertEquals(risks, rows);
        // a table that fits its page has no full list
        assertFalse(site.pages().stream().anyMatch(p -> p.path().equals(SitePaths.OVER_ACCEPTANCE)));
    }

    @Test
    void theSummaryCountsEverythingAndShowsTheFirstRowsOfLongLists() {
        String summary = page(SitePaths.SUMMARY).asciidoc();
        assertTrue(summary.contains("[.sp-figures]"));
        assertFalse(summary.contains("[.sp-pager]"), "the summary itself is one page");
    }

    @Test
    void aWidelyReferencedElementListsAFewOfEachRelationshipAndCountsTheRest() {
        Pattern counted = Pattern.compile("\\n\\| and \\d+ more\\n");
        Page role = site.pages().stream().filter(p -> p.asciidoc().contains("references to this element")
                && counted.matcher(p.asciidoc()).find()).findFirst()
                .orElseThrow(() -> new AssertionError("an element of the test plan has two references of one kind"));
        Page same = unpaged.pages().stream().filter(p -> p.path().equals(role.path())).findFirst().orElseThrow();
        assertFalse(same.asciidoc().contains("references to this element"), "a short list is listed whole");
        assertFalse(counted.matcher(same.asciidoc()).find());
    }

    @Test
    void aTraceTreeStopsAtItsSizeAndCountsWhatIsLeft() {
        Entity objective = index.byIdentifier("O-001").orElseThrow();
        SitePaths paths = new SitePaths(index);
        List<String> whole = new TraceTree(index, paths).lines(objective);
        assertTrue(whole.size() > 2, whole.toString());
        assertEquals(whole, new TraceTree(index, paths, whole.size()).lines(objective), "a tree within its size is whole");
        List<String> cut = new TraceTree(index, paths, 2).lines(objective);
        assertTrue(cut.size() < whole.size(), cut.toString());
        assertTrue(cut.get(cut.size() - 1).contains("[.sp-more]##and "), cut.toString());
    }

    @Test
    void pagingIsRepeatable() {
        assertEquals(site, planner(TWO_ROWS).plan());
    }
}
