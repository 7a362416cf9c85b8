package org.secplan.build;

import java.nio.file.Path;

import org.secplan.base.SecplanException;

/** Where a render cache may live: it holds every edition's pages, so never where the site is served or read. */
final class CacheLocation {
    private CacheLocation() {
    }

    /**
     * Refuses a cache inside (or around) the output directory, where it would be served with a lower edition, or
     * the plan directory, where it would be read as part of the plan.
     */
    static void refuseUnsafe(Path cache, Path out, Path planDirectory) {
        refuse(cache, out, "the output directory " + out);
        if (planDirectory != null) {
            refuse(cache, planDirectory, "the plan directory " + planDirectory);
        }
    }

    private static void refuse(Path cache, Path directory, String what) {
        Path c = cache.toAbsolutePath().normalize();
        Path d = directory.toAbsolutePath().normalize();
        if (c.startsWith(d) || d.startsWith(c)) {
            throw new SecplanException("the cache directory " + cache + " must lie outside " + what
                    + " (it holds every edition's pages)");
        }
    }
}
