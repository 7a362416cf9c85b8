package org.secplan.render;

import static org.secplan.TestSecplan.secplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.Secplan;
import org.secplan.plan.PlanGraph;
import org.secplan.synth.PlanSynthesizer;
import org.secplan.synth.SynthSize;

/**
 * A site rebuilt with the cache after edits, deletions and additions is byte for byte the site a clean build of
 * the same plan gives; the cache is actually used; pages that no longer exist are gone.
 */
class IncrementalRenderTest {

    private static final LocalDate AS_OF = PlanSynthesizer.AS_OF;
    private static final Pattern FROM_CACHE = Pattern.compile("\\((\\d+) from the cache\\)");

    @TempDir
    Path dir;

    @Test
    void cachedRebuildAfterEditsEqualsACleanBuild() throws IOException {
        Path plan = PlanSynthesizer.write(SynthSize.S, 3, dir.resolve("plan")).directory();
        Path cache = dir.resolve("cache");
        Path site = dir.resolve("site");
        List<String> progress = new ArrayList<>();
        RenderOptions cached = RenderOptions.of(AS_OF).withCache(cache).withThreads(2).withProgress(progress::add);

        PlanGraph first = secplan().load(plan);
        secplan().renderSite(first, site, cached);
        assertEquals(0, fromCache(progress), "the first build finds an empty cache");

        // edit an entity, delete one, add one; edit, delete and add narrative pages
        edit(plan.resolve("risks/risks-01.ttl"), "rdfs:label \"", "rdfs:label \"Edited: ");
        Path governance = plan.resolve("governance.ttl");
        String text = Files.readString(governance, StandardCharsets.UTF_8);
        int start = text.indexOf(":LL-001 a sp:LessonLearned");
        int end = text.indexOf("\n\n", start) + 2;
        Files.writeString(governance, text.substring(0, start) + text.substring(end)
                + ":LL-999 a sp:LessonLearned ;\n    dcterms:identifier \"LL-999\" ;\n"
                + "    rdfs:label \"A lesson added later\" ;\n    dcterms:date \"2026-10-01\"^^xsd:date ;\n"
                + "    sp:relatedTo :C-001 .\n", StandardCharsets.UTF_8);
        edit(plan.resolve("pages/context.adoc"), "= ", "= Edited ");
        Files.delete(plan.resolve("pages/how-to-read.adoc"));
        Files.writeString(plan.resolve("pages/added.adoc"), "= An added page\n:classification: internal\n\n"
                + "See entity:C-001[] and the chain below.\n\ntrace::C-001[]\n", StandardCharsets.UTF_8);

        progress.clear();
        PlanGraph second = secplan().load(plan);
        secplan().renderSite(second, site, cached);
        assertTrue(fromCache(progress) > 0, "unchanged pages come from the cache: " + progress);

        Path clean = dir.resolve("clean");
        secplan().renderSite(second, clean, RenderOptions.of(AS_OF).withThreads(1));
        Map<String, byte[]> rebuilt = files(site);
        Map<String, byte[]> fresh = files(clean);
        assertEquals(fresh.keySet(), rebuilt.keySet(), "the same files");
        for (String file : fresh.keySet()) {
            assertTrue(java.util.Arrays.equals(fresh.get(file), rebuilt.get(file)), file + " differs");
        }
        assertFalse(rebuilt.keySet().stream().anyMatch(f -> f.contains("how-to-read")), "deleted page is gone");
        assertFalse(rebuilt.keySet().stream().anyMatch(f -> f.endsWith("/LL-001.html")), "deleted entity is gone");
        assertTrue(rebuilt.keySet().stream().anyMatch(f -> f.endsWith("/LL-999.html")), "added entity is there");
        assertTrue(rebuilt.keySet().stream().anyMatch(f -> f.contains("added")), "added page is there");
    }

    @Test
    void rebuildWithNothingChangedConvertsNothing() throws IOException {
        Path plan = PlanSynthesizer.write(SynthSize.S, 4, dir.resolve("plan")).directory();
        List<String> progress = new ArrayList<>();
        RenderOptions cached = RenderOptions.of(AS_OF).withCache(dir.resolve("cache")).withProgress(progress::add);
        PlanGraph graph = secplan().load(plan);
        RenderResult first = secplan().renderSite(graph, dir.resolve("site"), cached);
        progress.clear();
        secplan().renderSite(graph, dir.resolve("site"), cached);
        assertEquals(first.pages(), fromCache(progress), String.join("\n", progress));
    }

    @Test
    void oneEditedLabelConvertsOnlyThePagesThatShowIt() throws IOException {
        Path plan = PlanSynthesizer.write(SynthSize.S, 5, dir.resolve("plan")).directory();
        List<String> progress = new ArrayList<>();
        RenderOptions cached = RenderOptions.of(AS_OF).withCache(dir.resolve("cache")).withProgress(progress::add);
        secplan().renderSite(secplan().load(plan), dir.resolve("site"), cached);

        edit(plan.resolve("risks/risks-01.ttl"), "rdfs:label \"", "rdfs:label \"Edited: ");
        progress.clear();
        PlanGraph edited = secplan().load(plan);
        RenderResult second = secplan().renderSite(edited, dir.resolve("site"), cached);
        int converted = second.pages() - fromCache(progress);
        // the risk's page, the pages listing or tracing it, not every page that uses a macro
        assertTrue(converted > 0 && converted < second.pages() / 20, converted + " of " + second.pages()
                + " pages converted again");

        Path clean = dir.resolve("clean");
        secplan().renderSite(edited, clean, RenderOptions.of(AS_OF));
        Map<String, byte[]> rebuilt = files(dir.resolve("site"));
        Map<String, byte[]> fresh = files(clean);
        assertEquals(fresh.keySet(), rebuilt.keySet());
        for (String file : fresh.keySet()) {
            assertTrue(java.util.Arrays.equals(fresh.get(file), rebuilt.get(file)), file + " differs");
        }
    }

    private static int fromCache(List<String> progress) {
        for (String line : progress) {
            Matcher m = FROM_CACHE.matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("no conversion summary in " + progress);
    }

    private static void edit(Path file, String find, String replacement) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf(find);
        assertTrue(at >= 0, find + " in " + file);
        Files.writeString(file, text.substring(0, at) + replacement + text.substring(at + find.length()),
                StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
