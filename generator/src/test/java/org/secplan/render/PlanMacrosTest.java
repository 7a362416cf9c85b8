package org.secplan.render;

import static org.secplan.TestSecplan.secplan;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.secplan.Secplan;
import org.secplan.check.Finding;
import org.secplan.base.Severity;
import org.secplan.plan.Entity;
import org.secplan.plan.PlanGraph;
import org.secplan.query.QueryResult;
import org.secplan.site.GraphReader;
import org.secplan.site.PlanIndex;
import org.secplan.site.SitePaths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each plan macro, converted by the real engine against the test plan. */
class PlanMacrosTest {
    private static RenderContext context;
    private static AsciidocConverter converter;

    @BeforeAll
    static void engine() {
        PlanGraph graph = secplan().load(SiteFixtures.testPlan());
        PlanIndex index = org.secplan.TestSecplan.index(graph, SiteFixtures.AS_OF);
        converter = AsciidocConverter.withPlanMacros(org.asciidoctor.Asciidoctor.Factory.create());
        context = converter.context();
        context.bind(new RenderContext.Scope(index, new SitePaths(index), new QueryRunner() {
            public QueryResult named(String name, Map<String, String> parameters) {
                return secplan().namedQuery(graph, name, parameters);
            }

            public QueryResult sparql(String query) {
                return secplan().query(graph, query);
            }
        }, id -> false, token -> false));
    }

    @AfterAll
    static void close() {
        converter.close();
    }

    private static List<Finding> newFindings(int before) {
        List<Finding> all = context.findings();
        return all.subList(before, all.size());
    }

    @Test
    void entityMacroLinksByIdentifierAndShowsTheLabel() {
        String html = converter.convert("pages/t.html", "pages/t.adoc", "See entity:R-012[] and entity:C-101[format=id].");
        assertTrue(html.contains("href=\"site:/e/R-012.html\""), html);
        assertTrue(html.contains(">Flooding of the pumping station</a>"), html);
        assertTrue(html.contains(">C-101</a>"), html);
    }

    @Test
    void unknownIdentifierIsAFindingWithFileAndLine() {
        int before = context.findings().size();
        converter.convert("pages/t.html", "pages/t.adoc", "First line.\n\nSecond paragraph\nmentions entity:R-999[] here.");
        List<Finding> found = newFindings(before);
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("pages/t.adoc", f.file());
        assertEquals(4, f.line());
        assertTrue(f.message().startsWith("pages/t.adoc:4: unknown identifier 'R-999'"), f.message());
    }

    @Test
    void traceMacroDrawsTheChainFromObjectiveToControls() {
        String html = converter.convert("e/O-001.html", null, "trace::O-001[]");
        assertTrue(html.contains("sp-tree"), html);
        assertTrue(html.contains("site:/e/R-012.html"), "risk under the objective");
        assertTrue(html.contains("site:/e/T-012.html"), "its treatment");
        assertTrue(html.contains("site:/e/C-101.html"), "the control implementing it");
    }

    @Test
    void traceMacroGoesUpTheChainFromAControl() {
        String html = converter.convert("e/C-101.html", null, "trace::C-101[]");
        assertTrue(html.indexOf("site:/e/O-001.html") > 0 && html.contains("site:/e/R-012.html"), html);
    }

    @Test
    void heatMapIsAnSvgWithACountInEveryCell() {
        String html = converter.convert("x.html", null, "heatmap::residual[]");
        assertTrue(html.contains("<svg"), html);
        org.jsoup.nodes.Document d = org.jsoup.Jsoup.parse(html);
        assertEquals(25, d.select("g.sp-cell").size());
        for (org.jsoup.nodes.Element cell : d.select("g.sp-cell")) {
            assertTrue(cell.selectFirst("text.sp-count").text().matches("\\d+"));
            assertTrue(!cell.selectFirst("text.sp-cell-level").text().isBlank(), "the level in words, not colour alone");
        }
        int total = d.select("text.sp-count").stream().mapToInt(e -> Integer.parseInt(e.text())).sum();
        assertEquals(3, total);
    }

    @Test
    void namedQueryBecomesATable() {
        String html = converter.convert("x.html", null, "query::risks-over-acceptance[]");
        assertTrue(html.contains("<table"), html);
        assertTrue(html.contains("site:/e/R-020.html"), html);
    }

    @Test
    void inlineSparqlBecomesATable() {
        String html = converter.convert("x.html", null,
                "[query]\n----\nSELECT ?c WHERE { ?c a sp:Control } ORDER BY ?c\n----\n");
        assertTrue(html.contains("site:/e/C-101.html") && html.contains("site:/e/C-301.html"), html);
    }

    @Test
    void unknownQueryIsAFinding() {
        int before = context.findings().size();
        converter.convert("pages/q.html", "pages/q.adoc", "Intro.\n\nquery::no-such-query[]\n");
        List<Finding> found = newFindings(before);
        assertEquals(1, found.size(), found.toString());
        assertEquals(3, found.get(0).line());
    }
}
