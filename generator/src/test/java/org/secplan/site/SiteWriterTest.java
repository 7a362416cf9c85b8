package org.secplan.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rewrite keeps unchanged files as they were (linked, not written again) and replaces the rest. */
class SiteWriterTest {

    @TempDir
    Path dir;

    @Test
    void aRewriteLinksUnchangedFilesAndWritesChangedOnes() throws IOException {
        Path site = dir.resolve("site");
        SiteWriter writer = new SiteWriter(dir.resolve("plan"));
        Map<String, byte[]> files = new TreeMap<>();
        files.put("index.html", bytes("home"));
        files.put("e/R-001.html", bytes("risk one"));
        files.put("e/R-002.html", bytes("risk two"));
        writer.write(site, files);
        Object homeInode = Files.getAttribute(site.resolve("index.html"), "unix:ino");
        Object riskInode = Files.getAttribute(site.resolve("e/R-001.html"), "unix:ino");

        files.put("e/R-001.html", bytes("risk one, edited"));
        files.remove("e/R-002.html");
        writer.write(site, files);

        assertEquals(homeInode, Files.getAttribute(site.resolve("index.html"), "unix:ino"), "unchanged: linked");
        assertNotEquals(riskInode, Files.getAttribute(site.resolve("e/R-001.html"), "unix:ino"), "changed: written");
        assertArrayEquals(bytes("home"), Files.readAllBytes(site.resolve("index.html")));
        assertArrayEquals(bytes("risk one, edited"), Files.readAllBytes(site.resolve("e/R-001.html")));
        assertFalse(Files.exists(site.resolve("e/R-002.html")), "a page that is gone is gone");
        assertEquals(1, (int) Files.getAttribute(site.resolve("index.html"), "unix:nlink"),
                "the previous site is removed after the swap");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
