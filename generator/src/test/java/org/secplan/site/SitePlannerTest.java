package org.secplan.site;

import static org.secplan.TestSecplan.secplan;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.secplan.Secplan;
import org.secplan.check.CheckReport;
import org.secplan.plan.Entity;
import org.secplan.plan.PlanGraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SitePlannerTest {
    private static PlanGraph graph;
    private static PlanIndex index;
    private static Site site;

    @BeforeAll
    static void plan() throws URISyntaxException {
        graph = secplan().load(Path.of(SitePlannerTest.class.getResource("/site/plan").toURI()));
        index = org.secplan.TestSecplan.index(graph, LocalDate.of(2026, 11, 1));
        site = new SitePlanner(index, new CheckReport(List.of()), List.of(),
                List.of(new NarrativeSource("pages/overview.adoc", "= Overview\n\nText.\n")), View.full()).plan();
    }

    private static Page page(String path) {
        return site.pages().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void homeComesFirstWithDocumentControlHierarchyAndHeadlineFigures() {
        Page home = site.pages().get(0);
        assertEquals(SitePaths.HOME, home.path());
        assertEquals("Harbour Water security plan", home.title());
        assertTrue(home.asciidoc().contains("[#clause-4]"));
        assertTrue(home.asciidoc().contains("[#plan-hierarchy]"));
        assertTrue(home.asciidoc().contains("link:site:/e/PLAN-WORKS.html["), "the supporting plan is linked");
        assertTrue(home.asciidoc().contains("[.sp-figures]"));
    }

    @Test
    void everyClauseOfTheMapHasASection() {
        String all = site.pages().stream().map(Page::asciidoc).collect(Collectors.joining("\n"));
        for (String clause : List.of("3.1", "4", "5.1", "5.2.2", "5.2.3", "5.2.4", "5.2.5", "5.2.6", "5.2.7", "5.2.8",
                "5.2.9", "5.2.10", "5.2.11", "5.3.1", "5.3.2", "5.3.3", "5.3.4", "5.3.5", "5.3.6", "5.3.7", "5.3.8",
                "5.4.1", "5.4.2", "5.4.3", "5.4.4", "5.4.5", "5.4.6", "5.5.1", "5.5.2", "5.5.3", "5.5.4", "5.5.5")) {
            assertTrue(all.contains("[#" + SitePaths.clauseAnchor(clause) + "]"), "section for clause " + clause);
        }
    }

    @Test
    void onePagePerEntityAndTheRegisters() {
        Set<String> paths = site.pages().stream().map(Page::path).collect(Collectors.toSet());
        for (Entity e : index.entities()) {
            assertTrue(paths.contains("e/" + e.identifier() + ".html"), e.identifier());
        }
        for (String r : List.of(SitePaths.RISK_REGISTER, SitePaths.ASSET_REGISTER, SitePaths.CATALOGUE, SitePaths.MATRIX,
                SitePaths.TIMELINE, SitePaths.SUMMARY, SitePaths.DECISIONS, SitePaths.COVERAGE, SitePaths.FINDINGS,
                SitePaths.VOCABULARY, SitePaths.GOVERNANCE, SitePaths.RISK, SitePaths.CONTROLS, SitePaths.PROCESS,
                "pages/overview.html")) {
            assertTrue(paths.contains(r), r);
        }
        assertEquals(paths.size(), site.pages().size(), "no page path twice");
    }

    @Test
    void theSidebarListsPartsAndRegistersNotEntities() {
        int links = site.nav().stream().mapToInt(n -> n.children().isEmpty() ? 1 : n.children().size()).sum();
        assertTrue(links < 25, "navigation stays small: " + links);
        assertEquals(List.of("Governance", "Management of risk", "Security controls", "Security controls process"),
                site.nav().get(1).children().stream().map(NavItem::label).toList());
        assertFalse(site.nav().toString().contains("e/R-012"));
    }

    @Test
    void entityPagesCarryTreesHeatMapsAndReferences() {
        Page risk = page("e/R-012.html");
        assertTrue(risk.asciidoc().contains("[.sp-tree]\n--\n"), "the traceability tree is part of the page");
        assertTrue(risk.asciidoc().contains("[.sp-rel]##treated by##"), risk.asciidoc());
        assertTrue(risk.asciidoc().contains("[#referenced-by]"));
        assertTrue(risk.asciidoc().contains("link:site:/e/D-001.html[D&#45;001]"), "the decision about it, reversed");
        assertTrue(page(SitePaths.RISK_REGISTER).asciidoc().contains("heatmap::inherent[]"));
        assertTrue(page(SitePaths.RISK_REGISTER).asciidoc().contains("heatmap::residual[]"));
    }

    @Test
    void theBannerShowsTheHighestClassificationIncluded() {
        assertEquals("RESTRICTED", site.classification());
    }

    @Test
    void riskLevelsComeFromThePlansMatrix() {
        String risk = index.byIdentifier("R-012").orElseThrow().iri();
        assertEquals("Extreme", index.label(index.inherentLevel(risk).orElseThrow()));
        assertEquals("Medium", index.label(index.residualLevel(risk).orElseThrow()));
        assertFalse(index.overAcceptance(risk));
        assertTrue(index.overAcceptance(index.byIdentifier("R-020").orElseThrow().iri()));
    }

    @Test
    void planningIsRepeatable() {
        Site again = new SitePlanner(index, new CheckReport(List.of()), List.of(),
                List.of(new NarrativeSource("pages/overview.adoc", "= Overview\n\nText.\n")), View.full()).plan();
        assertEquals(site, again);
    }

    @Test
    void identifiersNeverClimbOutOfTheEntityFolder() {
        String slug = SitePaths.slug("../etc/passwd");
        assertFalse(slug.contains("..") || slug.contains("/"), slug);
        assertEquals("R-012", SitePaths.slug("R-012"));
        assertEquals("A.1", SitePaths.slug("A.1"));
    }
}
