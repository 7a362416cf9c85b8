package org.secplan.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.secplan.base.AtomicFiles;
import org.secplan.base.OwnedDirectory;
import org.secplan.base.SecplanException;

/**
 * Where a render cache may live, and the proof that a directory is one: it holds every edition's pages, so never
 * where the site is served or read, and secplan deletes stale entries in it, so never a directory that holds
 * anything else.
 */
final class CacheLocation {
    static final String MARKER = ".secplan-cache";
    /** What a cache holds: the build stamp, and per edition {@code <id>/<xx>/<sha-256>.entry} (a single site: no {@code <id>/}) (or temporary files). */
    private static final Pattern OWNED = Pattern.compile(
            "\\.build\\.stamp|\\.\\.build\\.stamp[^/]*\\.tmp|"
                    + "([A-Za-z0-9][A-Za-z0-9._-]*/)?[0-9a-f]{2}/\\.?[0-9a-f]{64}\\.entry[^/]*");

    private CacheLocation() {
    }

    /**
     * Refuses a cache where secplan may not write (see {@link OwnedDirectory}), inside (or around) the output
     * directory, where it would be served with a lower edition, or the plan directory, where it would be read as
     * part of the plan; and a non-empty directory that is not a secplan cache. Marks the directory as a cache.
     */
    static void claim(Path cache, Path out, Path planDirectory) {
        Path c = OwnedDirectory.refuseUnsafe(cache, planDirectory, "the cache");
        refuse(cache, out, "the output directory " + out);
        OwnedDirectory.requireOwned(c, MARKER, rel -> OWNED.matcher(rel).matches(), "the cache");
        try {
            if (!Files.exists(c.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(c);
                AtomicFiles.write(c.resolve(MARKER), ("secplan render cache: every edition's pages; "
                        + "keep it out of any directory a web server serves\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw OwnedDirectory.cannotWrite(cache, "the cache", e);
        }
    }

    private static void refuse(Path cache, Path directory, String what) {
        Path c = OwnedDirectory.real(cache);
        Path d = OwnedDirectory.real(directory);
        if (c.startsWith(d) || d.startsWith(c)) {
            throw new SecplanException("the cache directory " + cache + " must lie outside " + what
                    + " (it holds every edition's pages)");
        }
    }
}
