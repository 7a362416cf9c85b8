package org.secplan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.secplan.plan.PlanGraph;
import org.secplan.render.EngineBoot;
import org.secplan.render.RenderOptions;
import org.secplan.site.View;

/**
 * A render as a user runs it again and again, with a cache directory: when nothing the site is made of changed
 * since the last successful build (every file of the plan directory, the renderer, the options), the editions on
 * disk are already right and nothing is loaded, checked or written; otherwise the plan is loaded, checked and
 * rendered, and the page cache spares every page whose inputs did not change.
 *
 * <p>The cache holds every edition's pages, so it belongs beside the build, never inside a directory that is
 * served: its directory is for secplan alone.
 */
public final class SiteBuild {

    /** Bump when what a stamp covers changes. */
    private static final String STAMP_FORMAT = "secplan-build-1";
    private static final String STAMP = "build.stamp";

    /**
     * What to build.
     *
     * @param planDirectory the plan
     * @param out           where the editions go, one directory per audience
     * @param cache         the cache directory (secplan's alone; never served)
     * @param asOf          the date to judge the plan by, or null for the plan's as-of setting, else today (UTC)
     * @param audience      the one audience to render, or null for all
     * @param force         render even when nothing changed
     * @param threads       Asciidoctor engines (0: automatic)
     * @param progress      receives progress lines
     */
    public record Request(Path planDirectory, Path out, Path cache, LocalDate asOf, String audience, boolean force,
                          int threads, Consumer<String> progress) {
        public Request {
            Objects.requireNonNull(planDirectory, "planDirectory");
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(cache, "cache");
            Objects.requireNonNull(progress, "progress");
        }
    }

    /**
     * What a build did.
     *
     * @param upToDate true when nothing changed and nothing was done
     * @param editions the editions rendered (empty when up to date)
     * @param homes    each edition's home page, rendered now or before
     */
    public record Outcome(boolean upToDate, List<Edition> editions, List<Path> homes) {
        public Outcome {
            editions = List.copyOf(editions);
            homes = List.copyOf(homes);
        }
    }

    private SiteBuild() {
    }

    public static Outcome run(Request request) {
        Path out = request.out().toAbsolutePath().normalize();
        CacheLocation.refuseUnsafe(request.cache(), out, request.planDirectory());
        Path stamp = request.cache().resolve(STAMP);
        String digest = digest(request, out);
        if (!request.force()) {
            List<Path> homes = current(stamp, digest);
            if (!homes.isEmpty()) {
                return new Outcome(true, List.of(), homes);
            }
        }
        try {
            Files.createDirectories(request.cache());
            Files.deleteIfExists(stamp); // only a build that completes leaves a stamp
        } catch (IOException e) {
            throw new SecplanException("cannot use the cache directory " + request.cache() + ": " + e.getMessage());
        }
        // the engine boots (seconds of JRuby) while the plan loads and is checked
        try (EngineBoot engine = EngineBoot.start()) {
            PlanGraph plan = Secplan.load(request.planDirectory());
            LocalDate asOf = request.asOf() != null ? request.asOf()
                    : plan.config().asOf().orElseGet(() -> LocalDate.now(Clock.systemUTC()));
            RenderOptions options = new RenderOptions(asOf, View.full(), request.progress(), false,
                    request.cache().resolve("pages"), request.threads(), engine);
            List<Edition> editions = Secplan.renderEditions(plan, out, options, request.audience());
            List<Path> homes = editions.stream().map(Edition::home).toList();
            write(stamp, digest, homes);
            return new Outcome(false, editions, homes);
        }
    }

    /** The homes the stamp names when it holds {@code digest} and each of them still exists; else none. */
    private static List<Path> current(Path stamp, String digest) {
        try {
            if (!Files.isRegularFile(stamp)) {
                return List.of();
            }
            List<String> lines = Files.readAllLines(stamp, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(digest)) {
                return List.of();
            }
            List<Path> homes = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                Path home = Path.of(line);
                if (!Files.isRegularFile(home)) {
                    return List.of();
                }
                homes.add(home);
            }
            return homes;
        } catch (IOException | RuntimeException e) {
            return List.of(); // an unreadable stamp means: build
        }
    }

    private static void write(Path stamp, String digest, List<Path> homes) {
        StringBuilder text = new StringBuilder(digest).append('\n');
        homes.forEach(h -> text.append(h.toAbsolutePath()).append('\n'));
        try {
            Files.writeString(stamp, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything the editions are made of: the plan directory's files, the renderer and the options. */
    private static String digest(Request request, Path out) {
        InputDigest digest = new InputDigest().add(STAMP_FORMAT).add(BuildIdentity.of(SiteBuild.class))
                .add(out.toString())
                // without a date given, one may come from the clock: a new day is a new build
                .add(request.asOf() != null ? request.asOf().toString() : "today " + LocalDate.now(Clock.systemUTC()))
                .add(request.audience());
        try {
            return digest.addFiles(request.planDirectory()).hex();
        } catch (UncheckedIOException e) {
            throw new SecplanException(e.getMessage());
        }
    }
}
