package org.secplan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.Secplan;
import org.secplan.check.Finding;
import org.secplan.render.SiteFixtures;

/**
 * Narrative pages are classified from Asciidoctor's parse of them: every way a plan author can mark a section or a
 * block in ordinary AsciiDoc keeps what it marks out of the editions below its level, and the rest of the page
 * survives. Each form carries a canary of its own; every byte of every file of every edition is scanned.
 */
class NarrativeMarksTest {
    @TempDir
    static Path work;

    private static BuildOutcome outcome;
    private static Path site;

    /** Canaries that must reach only the edition that reads Secret; each names the form that carries it. */
    private static final String MARKS_PAGE = """
            = Response arrangements
            :classification: public

            PUBLIC-VISIBLE-1 opening words.

            [#rota.classified-secret]
            == Call-out rota

            CANARY-ID-AND-ROLE the duty officer's number.

            image::CANARY-ROTA-IMAGE.png[Rota chart]

            [discrete]
            === Inside the rota

            CANARY-AFTER-DISCRETE what follows a discrete heading.

            == Open part

            PUBLIC-VISIBLE-2 after the rota.

            image::map.png[Site map]

            [.lead.classified-secret]
            CANARY-SEVERAL-ROLES a lead paragraph.

            [NOTE.classified-secret]
            CANARY-STYLE-AND-ROLE a note.

            [source.classified-secret,sh]
            ----
            echo CANARY-SOURCE-BLOCK
            ----

            [.classified-secret]

            == Blank line after the mark

            CANARY-BLANK-LINE-SECTION text.

            == Second open part

            PUBLIC-VISIBLE-3 between.

            [.classified-secret]
            // a comment between the mark and its block
            ====
            CANARY-COMMENT-THEN-BLOCK first paragraph.

            CANARY-COMMENT-SECOND second paragraph.
            ====

            PUBLIC-VISIBLE-4 after the example block.

            [.classified-secret]
            * CANARY-LIST-ONE

            * CANARY-LIST-TWO

            [classification=secret]
            Safe word:: CANARY-DLIST-ONE

            Door code:: CANARY-DLIST-TWO

            [CLASSIFICATION=Secret]
            ,===
            name,value

            vault,CANARY-CSV-ROW
            ,===

            PUBLIC-VISIBLE-5 closing words.
            """;

    @BeforeAll
    static void buildEveryEdition() throws IOException {
        Path plan = SiteFixtures.copy(SiteFixtures.testPlan(), work.resolve("plan"));
        Files.writeString(plan.resolve("audiences.ttl"), """
                @prefix : <https://plan.site-test.example/#> .
                @prefix sp: <https://w3id.org/secplan/ns#> .
                @prefix spk: <https://w3id.org/secplan/concept/> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                :aud-public a sp:Audience ; dcterms:identifier "public" ; sp:maxClassification spk:class-public ;
                    sp:classification spk:class-public .
                :aud-staff a sp:Audience ; dcterms:identifier "staff" ; sp:maxClassification spk:class-internal ;
                    sp:classification spk:class-public .
                :aud-team a sp:Audience ; dcterms:identifier "team" ; sp:maxClassification spk:class-secret ;
                    sp:classification spk:class-public .
                """);
        Files.writeString(plan.resolve("pages/response.adoc"), MARKS_PAGE);
        Files.writeString(plan.resolve("pages/vault.adoc"), "= CANARY-PAGE-TITLE vault\n:Classification: secret\n\n"
                + "CANARY-CAPITALISED-ATTRIBUTE text.\n\nimage::CANARY-SIDECAR-IMAGE.png[Vault]\n");
        for (String image : List.of("map.png", "CANARY-ROTA-IMAGE.png", "CANARY-UNUSED-IMAGE.png",
                "CANARY-SIDECAR-IMAGE.png")) {
            Files.writeString(plan.resolve("pages/" + image), "\u0089PNG image bytes of " + image);
        }
        Files.writeString(plan.resolve("pages/CANARY-SIDECAR-IMAGE.png.classification"), "secret\n");
        Files.writeString(plan.resolve("pages/inline.adoc"), "= Notice\n:classification: public\n\n"
                + "PUBLIC-INLINE-PAGE and [.classified-secret]#CANARY-INLINE-ROLE# in one paragraph.\n");
        site = work.resolve("site");
        try (Secplan secplan = Secplan.open()) {
            outcome = secplan.build(BuildRequest.of(plan, site).withAsOf(SiteFixtures.AS_OF));
        }
    }

    @Test
    void noCanaryReachesAnEditionBelowSecret() throws IOException {
        for (String edition : List.of("public", "staff")) {
            Map<String, List<String>> found = canaries(site.resolve(edition));
            assertEquals(Map.of(), found, edition + ": canaries by file");
        }
    }

    @Test
    void theRestOfTheMarkedPageIsPublishedWhole() throws IOException {
        String page = Files.readString(site.resolve("public/pages/response.html"), StandardCharsets.UTF_8);
        for (int i = 1; i <= 5; i++) {
            assertTrue(page.contains("PUBLIC-VISIBLE-" + i), "PUBLIC-VISIBLE-" + i + " is published");
        }
        assertTrue(page.contains("Second open part"), "headings after the marked blocks survive");
    }

    @Test
    void theEditionThatReadsSecretHasEveryCanary() throws IOException {
        Map<String, List<String>> found = canaries(site.resolve("team"));
        List<String> all = found.values().stream().flatMap(List::stream).distinct().sorted().toList();
        Matcher m = Pattern.compile("CANARY-[A-Z-]+").matcher(MARKS_PAGE + "CANARY-PAGE-TITLE CANARY-CAPITALISED-ATTRIBUTE"
                + " CANARY-INLINE-ROLE CANARY-SIDECAR-IMAGE");
        List<String> planted = new ArrayList<>();
        while (m.find()) {
            planted.add(m.group());
        }
        assertEquals(planted.stream().distinct().sorted().toList(), all);
    }

    @Test
    void aPageWithAnInlineMarkIsWithheldBelowTheFullEditionAndReported() {
        assertFalse(Files.exists(site.resolve("public/pages/inline.html")));
        assertFalse(Files.exists(site.resolve("staff/pages/inline.html")));
        assertTrue(Files.exists(site.resolve("team/pages/inline.html")));
        List<String> problems = outcome.report().findings().stream()
                .filter(f -> f.checkId().equals("page-classification-marks-apply")).map(Finding::message).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("pages/inline.adoc:4: inline classification marks are not supported"),
                problems.get(0));
    }

    @Test
    void aCapitalisedPageAttributeClassifiesThePage() {
        assertFalse(Files.exists(site.resolve("public/pages/vault.html")));
        assertFalse(Files.exists(site.resolve("staff/pages/vault.html")));
        assertTrue(Files.exists(site.resolve("team/pages/vault.html")));
    }

    @Test
    void aCachedPageIsNotReusedWhenTheAudiencesLevelIsLowered() throws IOException {
        Path plan = SiteFixtures.copy(work.resolve("plan"), work.resolve("lowered/plan"));
        Path out = work.resolve("lowered/site");
        Path cache = work.resolve("lowered/cache");
        try (Secplan secplan = Secplan.open()) {
            secplan.build(BuildRequest.of(plan, out).withAsOf(SiteFixtures.AS_OF).withCache(cache));
        }
        assertFalse(canaries(out.resolve("team")).isEmpty());
        Path audiences = plan.resolve("audiences.ttl");
        Files.writeString(audiences, Files.readString(audiences).replace(
                "\"team\" ; sp:maxClassification spk:class-secret", "\"team\" ; sp:maxClassification spk:class-internal"));
        try (Secplan secplan = Secplan.open()) {
            secplan.build(BuildRequest.of(plan, out).withAsOf(SiteFixtures.AS_OF).withCache(cache));
        }
        assertEquals(Map.of(), canaries(out.resolve("team")));
    }

    @Test
    void aLowerEditionNamesNoLevelOrAudienceAboveItsOwnAndNoSourceFile() throws IOException {
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(site.resolve("public/index.html").toFile(), "UTF-8");
        String levels = home.select("table").text();
        assertTrue(levels.contains("Public"), levels);
        for (String above : List.of("Internal", "Restricted", "Secret", "team", "staff")) {
            assertFalse(levels.contains(above), above + " on the public home page: " + levels);
        }
        org.jsoup.nodes.Document full = org.jsoup.Jsoup.parse(site.resolve("team/index.html").toFile(), "UTF-8");
        assertTrue(full.select("table").text().contains("Secret") && full.select("table").text().contains("team"));
        for (String edition : List.of("public", "staff")) {
            try (Stream<Path> pages = Files.walk(site.resolve(edition))) {
                for (Path p : pages.filter(f -> f.toString().endsWith(".html")).toList()) {
                    String html = Files.readString(p, StandardCharsets.UTF_8);
                    assertFalse(html.contains(".ttl") || html.contains("Defined in"), edition + ": " + p);
                }
            }
        }
        assertTrue(Files.readString(site.resolve("team/e/A-003.html"), StandardCharsets.UTF_8).contains("Defined in"));
    }

    @Test
    void anImageGoesOnlyWhereAVisiblePageShowsIt() {
        assertTrue(Files.exists(site.resolve("public/pages/map.png")), "shown by the public page");
        for (String edition : List.of("public", "staff", "team")) {
            assertFalse(Files.exists(site.resolve(edition + "/pages/CANARY-UNUSED-IMAGE.png")), edition);
        }
        assertTrue(Files.exists(site.resolve("team/pages/CANARY-ROTA-IMAGE.png")));
        assertTrue(Files.exists(site.resolve("team/pages/CANARY-SIDECAR-IMAGE.png")));
    }

    @Test
    void aPageThatShowsAnImageClassifiedAboveTheEditionFailsItsRender() throws IOException {
        Path plan = SiteFixtures.copy(work.resolve("plan"), work.resolve("shown/plan"));
        Files.writeString(plan.resolve("pages/leaky.adoc"), "= Leaky\n:classification: public\n\n"
                + "image::CANARY-SIDECAR-IMAGE.png[Vault]\n");
        try (Secplan secplan = Secplan.open()) {
            org.secplan.render.RenderException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.secplan.render.RenderException.class, () -> secplan.build(
                            BuildRequest.of(plan, work.resolve("shown/site")).withAsOf(SiteFixtures.AS_OF)));
            assertTrue(e.getMessage().contains("pages/leaky.adoc:4: shows 'CANARY-SIDECAR-IMAGE.png', an image this "
                    + "edition withholds"), e.getMessage());
        }
    }

    @Test
    void aPageQuotingAWithheldLabelFailsTheRenderAndLeavesThePreviousEditions() throws IOException {
        Path plan = SiteFixtures.copy(work.resolve("plan"), work.resolve("quoted/plan"));
        Path out = work.resolve("quoted/site");
        try (Secplan secplan = Secplan.open()) {
            secplan.build(BuildRequest.of(plan, out).withAsOf(SiteFixtures.AS_OF));
        }
        Map<String, byte[]> before = bytes(out);
        Files.writeString(plan.resolve("pages/backups.adoc"), "= Backups\n:classification: public\n\n"
                + "Every night the customer\nDATABASE is copied off site; the staff and the secret level are words.\n");
        try (Secplan secplan = Secplan.open()) {
            List<String> found = secplan.check(secplan.load(plan), SiteFixtures.AS_OF).findings().stream()
                    .filter(f -> f.checkId().equals("page-quotes-above-level")).map(Finding::message).toList();
            assertEquals(List.of("pages/backups.adoc:4: quotes the label of 'A-003', which is classified Restricted, "
                    + "in text classified Public; readers of Public would see it"), found);
            org.secplan.render.RenderException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.secplan.render.RenderException.class,
                    () -> secplan.build(BuildRequest.of(plan, out).withAsOf(SiteFixtures.AS_OF)));
            assertTrue(e.getMessage().contains("pages/backups.adoc:4: quotes the label of 'A-003'"), e.getMessage());
        }
        Map<String, byte[]> after = bytes(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> org.junit.jupiter.api.Assertions.assertArrayEquals(v, after.get(k), k));
    }

    private static Map<String, byte[]> bytes(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return out;
    }

    /** Every canary in the edition, by file; file names are searched too. */
    private static Map<String, List<String>> canaries(Path edition) throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        Pattern canary = Pattern.compile("CANARY-[A-Z-]+");
        try (Stream<Path> files = Files.walk(edition)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = edition.relativize(f).toString();
                Matcher m = canary.matcher(rel + "\n" + new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
                List<String> hits = new ArrayList<>();
                while (m.find()) {
                    hits.add(m.group());
                }
                if (!hits.isEmpty()) {
                    out.put(rel, hits);
                }
            }
        }
        return out;
    }
}
