package org.secplan.base;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Which build of secplan a class comes from: its jar's path, size and time (or its classes directory), so that
 * a rebuilt snapshot of secplan renders and checks again instead of trusting results of the previous build.
 */
public final class BuildIdentity {
    private BuildIdentity() {
    }

    public static String of(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "unknown";
        }
        try {
            Path p = Path.of(source.getLocation().toURI());
            return p + "|" + Files.size(p) + "|" + Files.getLastModifiedTime(p).toMillis();
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return source.getLocation().toString();
        }
    }
}
