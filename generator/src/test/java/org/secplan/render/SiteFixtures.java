package org.secplan.render;

import static org.secplan.TestSecplan.secplan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.secplan.Secplan;
import org.secplan.plan.PlanGraph;

/** The site tests' plans and a render helper. */
public final class SiteFixtures {
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private SiteFixtures() {
    }

    /** The small test plan under src/test/resources/site/plan. */
    public static Path testPlan() {
        try {
            return Path.of(SiteFixtures.class.getResource("/site/plan").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample plan of the reactor, when it is there and complete enough to render. */
    public static Path samplePlan() {
        Path p = Path.of(System.getProperty("secplan.samplePlan", "../sample-plan/src/plan")).toAbsolutePath().normalize();
        return p;
    }

    public static RenderResult render(Path plan, Path out) {
        PlanGraph graph = secplan().load(plan);
        return secplan().renderSite(graph, report(graph), out, RenderOptions.of(AS_OF).withProgress(l -> System.out.println("render: " + l)));
    }

    /** The plan's check report, as the site shows it. */
    public static org.secplan.check.CheckReport report(PlanGraph graph) {
        return secplan().check(graph, AS_OF);
    }

    /** Copies a plan directory so that a test may change it. */
    public static Path copy(Path source, Path target) {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.createDirectories(t.getParent());
                    Files.copy(p, t);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code dir} emptied (a test's own directory under target/, kept between runs to be looked at). */
    public static Path fresh(Path dir) {
        try {
            if (java.nio.file.Files.exists(dir)) {
                try (var walk = java.nio.file.Files.walk(dir)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        java.nio.file.Files.delete(p);
                    }
                }
            }
            return dir;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
