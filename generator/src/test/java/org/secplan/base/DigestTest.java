package org.secplan.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestTest {

    @Test
    void partsAreFramedSoThatMovingABoundaryChangesTheDigest() {
        assertNotEquals(Digest.of("ab", "c"), Digest.of("a", "bc"));
        assertNotEquals(Digest.of((String) null), Digest.of(""));
        assertNotEquals(Digest.of((String) null), Digest.of("-"));
        assertNotEquals(Digest.of("", ""), Digest.of(""));
        assertEquals(Digest.of("a", "b"), Digest.sha256().add("a").add("b").hex());
    }

    @Test
    void aDigestCanBeReadAndThenTakeMoreParts() {
        Digest d = Digest.sha256().add("page");
        String first = d.hex();
        assertEquals(first, d.hex());
        assertEquals(Digest.of("page", "more"), d.add("more").hex());
    }

    @Test
    void plainTextDigestIsTheStandardSha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Digest.ofText("abc"));
    }

    @Test
    void filesAreDigestedByPathAndContent(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.ttl"), "x");
        Files.writeString(dir.resolve("b.ttl"), "yz");
        String before = Digest.sha256().addFiles(dir).hex();
        Files.writeString(dir.resolve("a.ttl"), "xy");
        Files.writeString(dir.resolve("b.ttl"), "z");
        assertNotEquals(before, Digest.sha256().addFiles(dir).hex(), "bytes moved from one file to the other");
        Files.writeString(dir.resolve("a.ttl"), "x");
        Files.writeString(dir.resolve("b.ttl"), "yz");
        assertEquals(before, Digest.sha256().addFiles(dir).hex());
    }
}
