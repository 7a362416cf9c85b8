package org.secplan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.Secplan;
import org.secplan.check.Finding;
import org.secplan.render.SiteFixtures;
import org.secplan.site.SitePaths;

/**
 * The sample plan with two planted mistakes — a control of the default level (Internal) and a Secret control, each
 * without an owner — built as a user builds it: one front door, one check of the whole plan, four editions.
 */
class EditionsTest {
    @TempDir
    static Path work;

    private static Path plan;
    private static BuildOutcome outcome;
    private static Secplan.Stats stats;

    @BeforeAll
    static void buildTheSamplePlanWithTwoOwnerlessControls() throws IOException {
        plan = SiteFixtures.copy(SiteFixtures.samplePlan(), work.resolve("plan"));
        Path controls = plan.resolve("controls.ttl");
        String text = Files.readString(controls, StandardCharsets.UTF_8);
        text = removeFirstAfter(text, ":C-001 a sp:Control", "    sp:owner :ROLE-003 ;\n");
        text = removeFirstAfter(text, ":C-033 a sp:Control", "    sp:owner :ROLE-013 ;\n");
        Files.writeString(controls, text, StandardCharsets.UTF_8);
        try (Secplan secplan = Secplan.open()) {
            outcome = secplan.build(BuildRequest.of(plan, work.resolve("site")).withAsOf(SiteFixtures.AS_OF));
            stats = secplan.stats();
        }
    }

    @Test
    void fourEditionsBootOneEngineAndParseTheBundledChecksOnce() {
        assertEquals(4, outcome.editions().size());
        assertEquals(1, stats.enginesStarted(), "one Asciidoctor engine for the whole run");
        assertEquals(1, stats.bundledCheckParses(), "secplan's checks parsed once for the whole run");
    }

    @Test
    void theFullCheckReportsBothMistakesAndTheFullEditionShowsEveryFinding() {
        Set<String> owners = ownerFindings(outcome.report().findings());
        assertEquals(Set.of("C-001", "C-033"), owners);
        assertEquals(outcome.report(), edition("security-team").report());
    }

    @Test
    void everyEditionShowsOnlyFindingsOfTheFullCheck() {
        // a plan changed since its endorsement is told with the changes the edition may see: the same finding,
        // its list of changes re-told (see EndorsementAudienceTest)
        Set<Finding> full = outcome.report().findings().stream().map(org.secplan.TestPlans::untold).collect(java.util.stream.Collectors.toSet());
        for (Edition e : outcome.editions()) {
            for (Finding f : e.report().findings()) {
                assertTrue(full.contains(org.secplan.TestPlans.untold(f)), e.audience() + " shows a finding the full check does not make: " + f);
            }
        }
    }

    @Test
    void eachEditionShowsTheFindingsAboutWhatItMayReadAndNoOther() throws IOException {
        assertEquals(Set.of("C-001"), ownerFindings(edition("staff").report().findings()));
        assertEquals(Set.of("C-001"), ownerFindings(edition("management").report().findings()));
        assertEquals(Set.of(), ownerFindings(edition("public").report().findings()));
        assertEquals(List.of(), edition("public").report().findings(), "the public edition withholds every finding's focus");
        String staffFindings = page(edition("staff"), SitePaths.FINDINGS).text();
        assertTrue(staffFindings.contains("C-001"), "the staff findings page lists the Internal control's finding");
        assertFalse(staffFindings.contains("C-033"), "the Secret control's finding stays out of the staff edition");
        assertFalse(staffFindings.contains("Insider-risk case management panel"));
    }

    @Test
    void aCheckForAnAudienceShowsExactlyTheFindingsOfItsEdition() {
        Secplan secplan = org.secplan.TestSecplan.secplan();
        org.secplan.plan.PlanGraph graph = secplan.load(plan);
        for (Edition e : outcome.editions()) {
            assertEquals(e.report(), secplan.check(secplan.scope(graph, e.audience()), SiteFixtures.AS_OF),
                    "check for " + e.audience() + " and its edition's findings page");
        }
    }

    @Test
    void everyEditionHasAHomePageWithTheplansTitleAndNoJargon() throws IOException {
        for (Edition e : outcome.editions()) {
            Document home = page(e, SitePaths.HOME);
            String h1 = home.select("h1").text();
            assertTrue(h1.contains("Riverside Water Protective Security Plan"), e.audience() + " home title: " + h1);
            String text = home.select("main").text();
            for (String jargon : List.of("sp:", "rdf", "owl:", "SecurityPlan", "entity")) {
                assertFalse(text.contains(jargon), e.audience() + " home page says '" + jargon + "': " + text);
            }
        }
        assertTrue(page(edition("public"), SitePaths.HOME).text().contains("the parts of our security plan that everyone"),
                "the public edition shows the plan's public summary");
    }

    @Test
    void theHomePageCountsTheFindingsTheEditionShows() throws IOException {
        for (Edition e : outcome.editions()) {
            String text = page(e, SitePaths.HOME).text();
            String expected = String.format(java.util.Locale.ROOT, "found %d errors, %d warnings and %d notes",
                    e.report().errors(), e.report().warnings(), e.report().infos());
            assertTrue(text.contains(expected), e.audience() + ": " + expected);
        }
    }

    private static Set<String> ownerFindings(List<Finding> findings) {
        return findings.stream().filter(f -> f.checkId().equals("control-has-owner")).map(Finding::identifier)
                .collect(Collectors.toSet());
    }

    @Test
    void eachEditionListsTheChangesSinceEndorsementItsAudienceMaySee() throws IOException {
        String digest;
        try (Secplan secplan = Secplan.open()) {
            digest = secplan.digest(secplan.load(plan));
        }
        Document full = page(edition("security-team"), org.secplan.site.SitePaths.CHANGES);
        assertTrue(full.text().contains("C-001") && full.text().contains("C-033"), full.text());
        Document staff = page(edition("staff"), org.secplan.site.SitePaths.CHANGES);
        assertTrue(staff.text().contains("C-001"), staff.text());
        assertFalse(staff.text().contains("C-033"), "staff see the change to a Secret control: " + staff.text());
        assertTrue(page(edition("staff"), org.secplan.site.SitePaths.HOME).text().contains(digest));

        // the public edition withholds the plan element, and with it the plan's version, endorsement and digest
        Edition open = edition("public");
        assertFalse(Files.exists(open.site().resolve(org.secplan.site.SitePaths.CHANGES)));
        assertFalse(page(open, org.secplan.site.SitePaths.HOME).text().contains(digest));
    }

    private static Edition edition(String audience) {
        return outcome.editions().stream().filter(e -> e.audience().equals(audience)).findFirst().orElseThrow();
    }

    private static Document page(Edition e, String path) throws IOException {
        return Jsoup.parse(e.site().resolve(path).toFile(), "UTF-8");
    }

    private static String removeFirstAfter(String text, String anchor, String line) {
        int at = text.indexOf(anchor);
        int from = text.indexOf(line, at);
        assertTrue(at >= 0 && from > at, "the sample plan still has " + anchor + " with " + line.strip());
        return text.substring(0, from) + text.substring(from + line.length());
    }
}
