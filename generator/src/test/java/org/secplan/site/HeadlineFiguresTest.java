package org.secplan.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secplan.TestSecplan.secplan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.TestPlans;
import org.secplan.audience.NeedToKnow;
import org.secplan.build.BuildOutcome;
import org.secplan.build.BuildRequest;
import org.secplan.build.Edition;
import org.secplan.check.Finding;
import org.secplan.plan.PlanGraph;
import org.secplan.render.SiteFixtures;
import org.secplan.synth.PlanSynthesizer;
import org.secplan.synth.SynthSize;

/**
 * The home page's headline figures and the management lists they link to say what the checks and the named queries
 * say of the same plan, in every edition: each figure is the number of rows of the query, or of the elements the
 * findings of the checks are about, that the edition may see.
 */
class HeadlineFiguresTest {

    /** Figure link → where the same number comes from. */
    private static final Map<String, Set<String>> FROM_FINDINGS = Map.of(
            "overdue reviews", Set.of("risk-review-not-overdue", "risk-assessment-is-current",
                    "exemption-review-not-overdue"),
            "overdue activities and actions", Set.of("activity-not-overdue", "improvement-action-not-overdue"));
    private static final Map<String, String> FROM_QUERIES = Map.of(
            "risks over their acceptance level", "risks-over-acceptance",
            "controls not yet effective", "controls-not-effective");

    @TempDir
    Path dir;

    @Test
    void samplePlanFiguresAreItsFindingsAndQueryRows() throws IOException {
        Map<String, Integer> full = figuresMatch(SiteFixtures.samplePlan(), dir.resolve("sample")).numbers();
        assertTrue(full.values().stream().anyMatch(n -> n > 0), "the sample plan has something to show: " + full);
    }

    /** A synthetic plan judged long after its as-of day, so that its reviews and activities have fallen due. */
    @Test
    void syntheticPlanFiguresAreItsFindingsAndQueryRows() throws IOException {
        Path plan = PlanSynthesizer.write(SynthSize.S, 7, dir.resolve("synthetic")).directory();
        Path properties = plan.resolve("secplan.properties");
        Files.writeString(properties, Files.readString(properties).replace("as-of = " + PlanSynthesizer.AS_OF,
                "as-of = 2029-06-01"));
        Map<String, Integer> full = figuresMatch(plan, dir.resolve("synthetic-site")).numbers();
        assertTrue(full.get("overdue reviews") > 0 && full.get("overdue activities and actions") > 0, full.toString());
    }

    /**
     * The rules where the site and the checks once differed: a recurring activity completed once is due again
     * after its recurrence; a risk's next review counts from its latest review; an exemption without a review date
     * is overdue; a retired control is not "not yet effective"; a risk over acceptance by its residual level.
     */
    @Test
    void edgeCasesAreJudgedByTheChecksRules() throws IOException {
        Path plan = TestPlans.copy("plan-basic", dir.resolve("edge"));
        TestPlans.write(plan, "edge.ttl", TestPlans.PREFIXES.replace("https://plan.test.example/#",
                "https://plan.engine-test.example/#") + """
                @prefix spk: <https://w3id.org/secplan/concept/> .
                :drill a sp:Activity ; dcterms:identifier "ACT-1" ; rdfs:label "Evacuation drill" ;
                    sp:dueDate "2025-01-10"^^xsd:date ; sp:completedOn "2025-01-09"^^xsd:date ;
                    sp:recurrence "P6M"^^xsd:duration .
                :audit a sp:Activity ; dcterms:identifier "ACT-2" ; rdfs:label "One-off audit" ;
                    sp:dueDate "2025-01-10"^^xsd:date ; sp:completedOn "2025-01-09"^^xsd:date .
                :waiver a sp:Exemption ; dcterms:identifier "EX-1" ; rdfs:label "Waiver without review date" .
                :old-gate a sp:Control ; dcterms:identifier "C-OLD" ; rdfs:label "Retired gate" ;
                    sp:status spk:status-retired .
                :new-gate a sp:Control ; dcterms:identifier "C-NEW" ; rdfs:label "Planned gate" ;
                    sp:status spk:status-planned .
                :flood a sp:Risk ; dcterms:identifier "R-FLOOD" ; rdfs:label "Flooding" ;
                    sp:inherentLikelihood spk:likelihood-5 ; sp:inherentConsequence spk:consequence-5 ;
                    sp:acceptanceLevel spk:risk-low ;
                    sp:assessedOn "2020-01-01"^^xsd:date ;
                    sp:lastReviewed "2024-01-01"^^xsd:date , "2026-10-01"^^xsd:date ; sp:reviewFrequency "P1Y"^^xsd:duration .
                :clerk a sp:Role ; dcterms:identifier "ROLE-CLERK" ; rdfs:label "Clerk" .
                :storm a sp:Risk ; dcterms:identifier "R-STORM" ; rdfs:label "Storm damage" ;
                    sp:inherentLikelihood spk:likelihood-5 ; sp:inherentConsequence spk:consequence-5 ;
                    sp:acceptanceLevel spk:risk-low ; sp:assessedOn "2026-10-01"^^xsd:date ;
                    sp:acceptance :storm-acceptance .
                :storm-acceptance a sp:RiskAcceptance ; dcterms:identifier "RA-STORM" ; rdfs:label "Storm accepted" ;
                    sp:acceptedBy :clerk ; sp:acceptedUntil "2099-01-01"^^xsd:date .
                """);
        Figures figures = figuresMatch(plan, dir.resolve("edge-site"));
        Map<String, Integer> full = figures.numbers();
        Path home = figures.edition();
        // the drill (due again six months after its completion) is overdue; the completed audit is not
        Set<String> overdue = listed(home, "overdue activities and actions");
        assertTrue(overdue.contains("ACT-1") && !overdue.contains("ACT-2"), overdue.toString());
        // reviewed on 2026-10-01 (its latest review): not overdue; the waiver with no review date is
        Set<String> reviews = listed(home, "overdue reviews");
        assertTrue(!reviews.contains("R-FLOOD") && reviews.contains("EX-1"), reviews.toString());
        Set<String> notEffective = listed(home, "controls not yet effective");
        assertTrue(notEffective.contains("C-NEW") && !notEffective.contains("C-OLD"), notEffective.toString());
        assertTrue(listed(home, "risks over their acceptance level").contains("R-FLOOD"));
        // an acceptance by a role without risk-acceptance authority does not count, on the site as in the checks
        Map<String, String> why = lastCells(home, "risks over their acceptance level");
        assertEquals("no treatment", why.get("R-FLOOD"), why.toString());
        assertEquals("no treatment; acceptance by a role without authority", why.get("R-STORM"), why.toString());
        assertTrue(full.get("risks over their acceptance level") >= 1, full.toString());
    }

    /**
     * Builds every edition of the plan and asserts each home page's figures against the full check's findings and
     * the named queries; returns the figures of the edition that reads everything.
     */
    private record Figures(Map<String, Integer> numbers, Path edition) {
    }

    private static Figures figuresMatch(Path planDirectory, Path out) throws IOException {
        BuildOutcome outcome = secplan().build(BuildRequest.of(planDirectory, out));
        PlanGraph plan = secplan().load(planDirectory);
        Figures everything = null;
        for (Edition edition : outcome.editions()) {
            Path root = edition.home().getParent();
            Set<String> visible = visibleIdentifiers(plan, edition.audience());
            Map<String, Integer> figures = figures(edition.home());
            assertEquals(4, figures.size(), edition.audience() + ": " + figures);
            for (Map.Entry<String, Set<String>> f : FROM_FINDINGS.entrySet()) {
                Set<String> about = new TreeSet<>();
                for (Finding finding : outcome.report().findings()) {
                    if (f.getValue().contains(finding.checkId()) && visible.contains(finding.identifier())) {
                        about.add(finding.identifier());
                    }
                }
                assertEquals(about.size(), figures.get(f.getKey()), edition.audience() + ": " + f.getKey()
                        + " should be the elements of the findings of " + f.getValue() + ": " + about);
                assertEquals(about, listed(root, f.getKey()), edition.audience() + ": the list behind " + f.getKey());
            }
            for (Map.Entry<String, String> q : FROM_QUERIES.entrySet()) {
                Set<String> rows = new TreeSet<>();
                String column = q.getValue().startsWith("risks") ? "riskId" : "controlId";
                secplan().namedQuery(plan, q.getValue(), Map.of()).rows().forEach(row -> {
                    String id = row.get(column).value();
                    if (visible.contains(id)) {
                        rows.add(id);
                    }
                });
                assertEquals(rows.size(), figures.get(q.getKey()), edition.audience() + ": " + q.getKey()
                        + " should be the rows of the query " + q.getValue() + ": " + rows);
                assertEquals(rows, listed(root, q.getKey()), edition.audience() + ": the list behind " + q.getKey());
            }
            if (edition.readsEverything()) {
                everything = new Figures(figures, root);
            }
        }
        assertTrue(everything != null, "no edition reads everything");
        return everything;
    }

    /** The figures of a home page: the link's words → the number before it. */
    private static Map<String, Integer> figures(Path home) throws IOException {
        Document doc = Jsoup.parse(home.toFile(), "UTF-8");
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Element li : doc.select(".sp-figures li")) {
            out.put(li.selectFirst("a").text(), Integer.parseInt(li.selectFirst(".sp-figure-number").text().trim()));
        }
        return out;
    }

    /**
     * The identifiers listed in the summary's section a figure links to, or, when it shows only the first rows, on
     * the full list it links to and the pages after it.
     */
    private static Set<String> listed(Path root, String figure) throws IOException {
        Document home = Jsoup.parse(root.resolve("index.html").toFile(), "UTF-8");
        String href = home.select(".sp-figures li a").stream().filter(a -> a.text().equals(figure)).findFirst()
                .orElseThrow().attr("href");
        assertTrue(href.startsWith(SitePaths.SUMMARY + "#"), figure + " links to " + href);
        Path summary = root.resolve(SitePaths.SUMMARY);
        Element section = Jsoup.parse(summary.toFile(), "UTF-8").getElementById(href.substring(href.indexOf('#') + 1))
                .parent();
        Element all = section.selectFirst("a:matchesOwn(^See all )");
        Set<String> ids = new TreeSet<>(firstCells(section));
        if (all != null) {
            ids.clear();
            Path page = summary.resolveSibling(all.attr("href")).normalize();
            while (page != null) {
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                ids.addAll(firstCells(doc.selectFirst("main")));
                Element next = doc.selectFirst("a:matchesOwn(^Next )");
                page = next == null ? null : page.resolveSibling(next.attr("href")).normalize();
            }
        }
        return ids;
    }

    /** The summary section a figure links to: first cell → last cell of each row. */
    private static Map<String, String> lastCells(Path root, String figure) throws IOException {
        Document home = Jsoup.parse(root.resolve("index.html").toFile(), "UTF-8");
        String href = home.select(".sp-figures li a").stream().filter(a -> a.text().equals(figure)).findFirst()
                .orElseThrow().attr("href");
        Element section = Jsoup.parse(root.resolve(SitePaths.SUMMARY).toFile(), "UTF-8")
                .getElementById(href.substring(href.indexOf('#') + 1)).parent();
        Map<String, String> out = new LinkedHashMap<>();
        for (Element tr : section.select("table tbody tr")) {
            if (tr.select("td").size() > 1) {
                out.put(tr.selectFirst("td").text().trim(), tr.select("td").last().text().trim());
            }
        }
        return out;
    }

    private static List<String> firstCells(Element within) {
        return within.select("table tbody tr").stream().map(tr -> tr.selectFirst("td"))
                .filter(java.util.Objects::nonNull).map(td -> td.text().trim()).toList();
    }

    /** The identifiers of the plan elements the edition's audience may see. */
    private static Set<String> visibleIdentifiers(PlanGraph plan, String audience) {
        NeedToKnow ntk = NeedToKnow.of(plan);
        Set<String> ids = new TreeSet<>();
        ntk.planFor(ntk.audience(audience).orElseThrow()).entities().forEach(e -> ids.add(e.identifier()));
        return ids;
    }
}
