package org.secplan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secplan.TestSecplan.secplan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.base.SecplanException;
import org.secplan.render.SiteFixtures;

/**
 * secplan writes and deletes only in directories it owns: every refusal happens before anything is rendered or
 * deleted, and leaves every byte of what was there.
 */
class WritesOnlyWhereItOwnsTest {
    @TempDir
    Path tmp;

    private Path plan;
    private String home;

    @BeforeEach
    void copyTheTestPlan() {
        plan = SiteFixtures.copy(SiteFixtures.testPlan(), tmp.resolve("project/src/plan"));
        home = System.getProperty("user.home");
    }

    @AfterEach
    void restoreHome() {
        System.setProperty("user.home", home);
    }

    @Test
    void aHomeDirectoryWithAStrayMarkerIsRefusedAndKeepsEveryFile() throws IOException {
        Path fakeHome = tmp.resolve("home/user");
        write(fakeHome.resolve(".bashrc"), "alias ll='ls -l'");
        write(fakeHome.resolve("Documents/thesis.txt"), "precious");
        write(fakeHome.resolve(".secplan-site"), "secplan site: this directory is replaced as a whole on every render.");
        write(fakeHome.resolve(".secplan-editions"), EditionsRoot.HEADER + "\n");
        System.setProperty("user.home", fakeHome.toString());
        Map<String, String> before = contents(fakeHome);

        assertRefused(fakeHome, null, "home directory");
        assertRefused(fakeHome.getParent(), null, "home directory");
        assertRefused(tmp.resolve("elsewhere"), fakeHome, "home directory");
        assertEquals(before, contents(fakeHome), "nothing in the home directory changed");
    }

    @Test
    void theRootTheWorkingDirectoryTheProjectAndThePlanAreRefused() throws IOException {
        write(tmp.resolve("project/pom.xml"), "<project/>");
        assertRefused(Path.of("/"), null, "root of the file system");
        assertRefused(Path.of(""), null, "working directory");
        assertRefused(Path.of("").toAbsolutePath().getParent(), null, "working directory");
        assertRefused(tmp.resolve("project"), null, "plan directory or contains it");
        assertRefused(plan, null, "plan directory");
        assertRefused(plan.resolve("site"), null, "inside the plan directory");
        assertRefused(plan.resolve("pages/../../site/../plan/x"), null, "inside the plan directory");
        assertRefused(tmp.resolve("out"), plan.resolve("cache"), "inside the plan directory");
        assertRefused(tmp.resolve("out"), tmp.resolve("project"), "plan directory or contains it");
    }

    @Test
    void aDirectorySecplanDidNotWriteIsRefusedAndKeepsEveryFile() throws IOException {
        Path documents = tmp.resolve("documents");
        write(documents.resolve("thesis.txt"), "precious");
        Path pages = tmp.resolve("somewhere");
        write(pages.resolve("pages/public/notes.txt"), "mine");
        Map<String, String> docs = contents(documents);
        Map<String, String> mine = contents(pages);

        assertRefused(documents, null, "secplan did not write");
        assertRefused(tmp.resolve("out"), pages, "secplan did not write");
        assertEquals(docs, contents(documents));
        assertEquals(mine, contents(pages));
    }

    @Test
    void symbolicLinksAreRefusedAsTargets() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("real"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        assertRefused(link, null, "symbolic link");
        assertRefused(tmp.resolve("out"), link, "symbolic link");
    }

    @Test
    void aRenderedTreeThatGainedAStrangersFileIsRefusedAndKeepsIt() throws IOException {
        Path out = tmp.resolve("out");
        Path cache = tmp.resolve("cache");
        BuildRequest request = BuildRequest.of(plan, out).withCache(cache).withAsOf(SiteFixtures.AS_OF);
        BuildOutcome first = secplan().build(request);
        assertFalse(first.editions().isEmpty());
        assertTrue(Files.isRegularFile(out.resolve(EditionsRoot.MARKER)));
        assertTrue(Files.isRegularFile(cache.resolve(CacheLocation.MARKER)));

        // a second build into what secplan wrote is fine
        secplan().build(request.withForce());

        String edition = first.editions().get(0).audience();
        for (Path stranger : new Path[] {out.resolve("notes.txt"), out.resolve(edition).resolve("notes.txt"),
                cache.resolve("notes.txt")}) {
            write(stranger, "mine");
            Map<String, String> outBefore = contents(out);
            SecplanException e = assertThrows(SecplanException.class, () -> secplan().build(request.withForce()));
            assertTrue(e.getMessage().contains("notes.txt"), "the refusal names the stranger's file: " + e.getMessage());
            assertEquals(outBefore, contents(out), "the previous site is byte-identical");
            assertEquals("mine", Files.readString(stranger));
            Files.delete(stranger);
        }

        // a link planted in the previous site is never followed, nor is the site rebuilt over it
        Path secret = write(tmp.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(out.resolve(edition).resolve("assets-link"), secret.getParent());
        SecplanException e = assertThrows(SecplanException.class, () -> secplan().build(request.withForce()));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        assertEquals("secret", Files.readString(secret));
    }

    private void assertRefused(Path out, Path cache, String why) {
        BuildRequest request = BuildRequest.of(plan, out).withAsOf(SiteFixtures.AS_OF);
        if (cache != null) {
            request = request.withCache(cache);
        }
        BuildRequest r = request;
        SecplanException e = assertThrows(SecplanException.class, () -> secplan().build(r), out + " / " + cache);
        assertTrue(e.getMessage().contains(why), "'" + why + "' in: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("refusing to write") || e.getMessage().startsWith("the cache directory"),
                e.getMessage());
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> all = new TreeMap<>();
        if (!Files.exists(dir)) {
            return all;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                all.put(dir.relativize(p).toString(), Files.isRegularFile(p) ? Files.readString(p) : "<dir>");
            }
        }
        return all;
    }
}
