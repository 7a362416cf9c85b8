package org.secplan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Helpers for tests: fixture plans and plans written on the fly. */
public final class TestPlans {
    private TestPlans() {
    }

    /** A fixture directory under src/test/resources/engine/. */
    public static Path fixture(String name) {
        try {
            return Path.of(TestPlans.class.getResource("/engine/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code text} to {@code dir/relative}, creating folders. */
    public static Path write(Path dir, String relative, String text) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a fixture plan into {@code target} so a test may change it. */
    public static Path copy(String fixture, Path target) {
        Path source = fixture(fixture);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A finding without its message when it says that the plan changed since its endorsement: an edition tells that
     * finding with the changes its own audience may see, so it is the full check's finding with another message.
     */
    public static org.secplan.check.Finding untold(org.secplan.check.Finding f) {
        return f.checkId().equals(org.secplan.check.EndorsedContentCheck.ID)
                ? new org.secplan.check.Finding(f.checkId(), f.severity(), f.clause(), f.focus(), f.identifier(), "",
                        f.file(), f.line())
                : f;
    }

    /** The prefixes every small test plan starts with. */
    public static final String PREFIXES = """
            @prefix : <https://plan.test.example/#> .
            @prefix sp: <https://w3id.org/secplan/ns#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            """;
}
