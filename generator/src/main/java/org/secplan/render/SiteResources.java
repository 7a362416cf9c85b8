package org.secplan.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The site's own files shipped in the jar (page shell, styles, scripts, the engine's warm-up page). */
final class SiteResources {
    private SiteResources() {
    }

    static String text(String name) {
        try (InputStream in = SiteResources.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
