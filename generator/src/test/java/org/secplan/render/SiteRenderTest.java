package org.secplan.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.base.SecplanException;
import org.secplan.check.Finding;
import org.secplan.site.SiteWriter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whole renders: repeatable bytes, escaping, atomic replacement, link checking, refused targets. */
class SiteRenderTest {
    @TempDir
    Path tmp;

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    @Test
    void twoRendersAreByteIdentical() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        RenderResult ra = SiteFixtures.render(SiteFixtures.testPlan(), a);
        SiteFixtures.render(SiteFixtures.testPlan(), b);
        Map<String, byte[]> fa = files(a);
        Map<String, byte[]> fb = files(b);
        assertEquals(fa.keySet(), fb.keySet());
        for (String k : fa.keySet()) {
            assertArrayEquals(fa.get(k), fb.get(k), k);
        }
        assertTrue(ra.pages() > 40);
        assertTrue(fa.containsKey("assets/minisearch.js") && fa.containsKey("assets/minisearch-LICENSE.txt"));
    }

    @Test
    void hostileLabelsShowAsTextAndJavascriptUrlsAreGone() throws IOException {
        Path plan = SiteFixtures.copy(SiteFixtures.testPlan(), tmp.resolve("plan"));
        Path ttl = plan.resolve("plan.ttl");
        String text = Files.readString(ttl).replace("\"Flooding of the pumping station\"",
                "\"<script>alert(1)</script> link:javascript:alert(2)[x] +++<b>pass</b>+++ {attr} | a \u202Edrow\u001B[2K\"")
                .replace("\"Keep drinking water flowing\"", "\"<img src=x onerror=alert(3)>\"");
        Files.writeString(ttl, text);
        Files.writeString(plan.resolve("pages/hostile.adoc"), """
                = Hostile page

                link:javascript:alert(4)[click me] and +++<script>alert(5)</script>+++

                ++++
                <a href="JaVaScRiPt:alert(6)" onclick="alert(7)">raw</a><iframe src="https://example.com"></iframe>
                <img src="https://example.com/track.png" alt="tracker">
                <blockquote cite="javascript:alert(8)">quoted</blockquote><q cite=" java&#9;script:alert(9)">q</q>
                ++++

                image::drawing.svg[A drawing,link=drawing.svg]
                """);
        Files.writeString(plan.resolve("pages/drawing.svg"), """
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(10)" viewBox="0 0 10 10">
                  <script>alert(11)</script>
                  <style>@import url(https://example.com/x.css);</style>
                  <foreignObject><iframe src="https://example.com"/></foreignObject>
                  <a href="javascript:alert(12)"><rect width="5" height="5" fill="url(https://example.com/p.svg#p)"/></a>
                  <use xlink:href="https://example.com/sprite.svg#icon"/>
                  <image href="https://example.com/track.png"/>
                  <linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient>
                  <circle cx="5" cy="5" r="4" fill="url(#g)" onclick="alert(13)"/>
                  <text x="1" y="9">&xxe; kept text</text>
                </svg>
                """);
        Path out = tmp.resolve("site");
        SiteFixtures.render(plan, out);
        for (Map.Entry<String, byte[]> f : files(out).entrySet()) {
            String content = new String(f.getValue(), StandardCharsets.UTF_8);
            assertFalse(content.contains("\u202E") || content.contains("\u001B"),
                    f.getKey() + " holds a bidi override or a terminal escape");
            if (!f.getKey().endsWith(".html")) {
                continue;
            }
            String html = new String(f.getValue(), StandardCharsets.UTF_8);
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
            for (org.jsoup.nodes.Element e : doc.getAllElements()) {
                for (org.jsoup.nodes.Attribute a : e.attributes()) {
                    String v = a.getValue().strip().toLowerCase(java.util.Locale.ROOT);
                    assertFalse(v.startsWith("javascript:") || v.startsWith("data:"), f.getKey() + ": " + e);
                    assertFalse(a.getKey().startsWith("on"), f.getKey() + ": event handler " + e);
                }
            }
            assertTrue(doc.select("script").stream().allMatch(s -> s.hasAttr("src") && s.data().isEmpty()),
                    f.getKey() + ": only our own scripts");
            assertTrue(doc.select("iframe, object, embed").isEmpty(), f.getKey());
            assertTrue(doc.select("img[src*=example.com]").isEmpty(), f.getKey());
            assertFalse(html.contains("<b>pass</b>"), f.getKey());
        }
        String svg = Files.readString(out.resolve("pages/drawing.svg"));
        for (String gone : List.of("alert", "script", "onload", "onclick", "foreignObject", "example.com", "style",
                "ENTITY", "passwd", "root:")) {
            assertFalse(svg.contains(gone), "the published SVG holds no '" + gone + "': " + svg);
        }
        assertTrue(svg.contains("<circle") && svg.contains("url(#g)") && svg.contains("kept text"),
                "the drawing itself is kept: " + svg);
        String risk = Files.readString(out.resolve("e/R-012.html"));
        assertTrue(risk.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped in the page source");
        org.jsoup.nodes.Document d = org.jsoup.Jsoup.parse(risk);
        assertTrue(d.selectFirst("h1").text().contains("<script>alert(1)</script>"), "shown as text");
        assertTrue(d.select("script").stream().allMatch(s -> s.hasAttr("src")), "only our own scripts");
    }

    @Test
    void aFailingRenderLeavesThePreviousSite() throws IOException {
        Path out = tmp.resolve("site");
        SiteFixtures.render(SiteFixtures.testPlan(), out);
        Map<String, byte[]> before = files(out);
        Path plan = SiteFixtures.copy(SiteFixtures.testPlan(), tmp.resolve("plan"));
        Files.writeString(plan.resolve("pages/broken.adoc"), "= Broken\n\nSee entity:R-404[].\n");
        RenderException e = assertThrows(RenderException.class, () -> SiteFixtures.render(plan, out));
        assertTrue(e.getMessage().contains("pages/broken.adoc:3: unknown identifier 'R-404'"), e.getMessage());
        Map<String, byte[]> after = files(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
        try (Stream<Path> left = Files.list(tmp)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains(".secplan-")), "no temporary left");
        }
    }

    @Test
    void aWriteThatFailsMidwayLeavesThePreviousSite() throws IOException {
        Path out = tmp.resolve("site");
        new SiteWriter(null).write(out, Map.of("index.html", "old".getBytes(StandardCharsets.UTF_8)));
        SiteWriter failing = new SiteWriter(null, dir -> {
            throw new SecplanException("disk full (simulated)");
        });
        assertThrows(SecplanException.class, () -> failing.write(out, Map.of("index.html",
                "new".getBytes(StandardCharsets.UTF_8), "e/x.html", "x".getBytes(StandardCharsets.UTF_8))));
        assertEquals("old", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("e")));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(1, left.count(), "only the site itself");
        }
        assertThrows(SecplanException.class, () -> new SiteWriter(null).write(out,
                Map.of("index.html", new byte[1], "../escape.html", new byte[1])));
        assertEquals("old", Files.readString(out.resolve("index.html")));
    }

    @Test
    void aBrokenInternalLinkFailsTheRenderAndNamesItsSource() throws IOException {
        Path plan = SiteFixtures.copy(SiteFixtures.testPlan(), tmp.resolve("plan"));
        Files.writeString(plan.resolve("pages/links.adoc"),
                "= Links\n\nFine: link:overview.html[overview].\n\nBroken: link:nowhere.html[nowhere].\n");
        RenderException e = assertThrows(RenderException.class, () -> SiteFixtures.render(plan, tmp.resolve("site")));
        assertEquals(1, e.findings().size(), e.getMessage());
        assertTrue(e.getMessage().contains("pages/links.adoc:5: broken link 'nowhere.html'"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("site")));
    }

    @Test
    void aMissingAnchorOnTheSamePageIsReportedAtTheLineThatNamesIt() throws IOException {
        Path plan = SiteFixtures.copy(SiteFixtures.testPlan(), tmp.resolve("plan"));
        Files.writeString(plan.resolve("pages/anchors.adoc"),
                "= Anchors\n\n== Here\n\nSee <<here>>.\n\nAnd <<nowhere>>.\n");
        RenderException e = assertThrows(RenderException.class, () -> SiteFixtures.render(plan, tmp.resolve("site")));
        assertEquals(1, e.findings().size(), e.getMessage());
        assertTrue(e.getMessage().contains("pages/anchors.adoc:7: broken link '#nowhere'"), e.getMessage());
    }

    @Test
    void anIncludeIsRefusedAtItsLineBeforeAnyPageIsConverted() throws IOException {
        Path plan = SiteFixtures.copy(SiteFixtures.testPlan(), tmp.resolve("plan"));
        Files.writeString(plan.resolve("pages/includes.adoc"), "= Includes\n\n----\ninclude::../../../etc/passwd[]\n"
                + "----\n\n\\include::shown-as-text.adoc[]\n\ninclude::overview.adoc[]\n");
        RenderException e = assertThrows(RenderException.class, () -> SiteFixtures.render(plan, tmp.resolve("site")));
        assertEquals(List.of(4, 9), e.findings().stream().map(f -> f.line()).toList(), e.getMessage());
        assertTrue(e.getMessage().contains("pages/includes.adoc:4: 'include::../../../etc/passwd[]' is not read: "
                + "a plan page cannot include another file"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("site")));
    }

    @Test
    void aMissingAttributeIsAWarningAtTheLineThatUsesIt() throws IOException {
        Path plan = SiteFixtures.copy(SiteFixtures.testPlan(), tmp.resolve("plan"));
        Files.writeString(plan.resolve("pages/attributes.adoc"), "= Attributes\n\nFine.\n\nCall {duty-phone}.\n");
        RenderResult result = SiteFixtures.render(plan, tmp.resolve("site"));
        assertEquals(List.of("pages/attributes.adoc:5: skipping reference to missing attribute: duty-phone"),
                result.findings().stream().filter(f -> f.message().contains("missing attribute"))
                        .map(Finding::message).toList());
    }

    @Test
    void refusesAnOutputDirectoryBelowAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "a file");
        SecplanException e = assertThrows(SecplanException.class,
                () -> new SiteWriter(null).checkTarget(file.resolve("site")));
        assertTrue(e.getMessage().endsWith(file + " is a file, not a directory"), e.getMessage());
    }

    @Test
    void refusesToWriteOverThePlanTheProjectOrHome() throws IOException {
        Path project = tmp.resolve("project");
        Path plan = SiteFixtures.copy(SiteFixtures.testPlan(), project.resolve("src/plan"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        SiteWriter writer = new SiteWriter(plan);
        assertThrows(SecplanException.class, () -> writer.checkTarget(plan));
        assertThrows(SecplanException.class, () -> writer.checkTarget(plan.resolve("site")));
        assertThrows(SecplanException.class, () -> writer.checkTarget(project));
        assertThrows(SecplanException.class, () -> writer.checkTarget(Path.of("/")));
        assertThrows(SecplanException.class, () -> writer.checkTarget(Path.of(System.getProperty("user.home"))));
        Path other = Files.createDirectories(tmp.resolve("documents"));
        Files.writeString(other.resolve("thesis.txt"), "precious");
        assertThrows(SecplanException.class, () -> writer.checkTarget(other), "a directory secplan did not write");
        writer.checkTarget(project.resolve("target/site"));
    }
}
