package org.secplan.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What to build: the editions of one plan.
 *
 * @param planDirectory the plan
 * @param out           where the editions go, one directory per audience
 * @param cache         secplan's own directory for converted pages and the up-to-date stamp (never served), or
 *                      null: every build then renders every page and nothing is skipped
 * @param asOf          the date to judge the plan by, or null for the rule of {@link AsOf}
 * @param audience      the one audience to render, or null for all
 * @param force         build even when nothing changed since the last build with the same cache
 * @param threads       Asciidoctor engines converting pages at once (0: automatic)
 * @param measureBare   also time a bare Asciidoctor conversion of the same pages (performance reports)
 * @param progress      receives progress lines
 * @param pdf           also make each edition's PDF, {@code <audience-id>/plan.pdf}, linked from its home page
 */
public record BuildRequest(Path planDirectory, Path out, Path cache, LocalDate asOf, String audience, boolean force,
                           int threads, boolean measureBare, Consumer<String> progress, boolean pdf) {
    public BuildRequest {
        Objects.requireNonNull(planDirectory, "planDirectory");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(progress, "progress");
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (automatic) or more, not " + threads);
        }
    }

    /** No PDFs. */
    public BuildRequest(Path planDirectory, Path out, Path cache, LocalDate asOf, String audience, boolean force,
                        int threads, boolean measureBare, Consumer<String> progress) {
        this(planDirectory, out, cache, asOf, audience, force, threads, measureBare, progress, false);
    }

    /** Every edition of the plan into {@code out}, no cache, dates judged by the plan's rule. */
    public static BuildRequest of(Path planDirectory, Path out) {
        return new BuildRequest(planDirectory, out, null, null, null, false, 0, false, line -> { });
    }

    public BuildRequest withCache(Path directory) {
        return new BuildRequest(planDirectory, out, directory, asOf, audience, force, threads, measureBare, progress, pdf);
    }

    public BuildRequest withAsOf(LocalDate date) {
        return new BuildRequest(planDirectory, out, cache, date, audience, force, threads, measureBare, progress, pdf);
    }

    /** The same request, built even when nothing changed since the last build with the same cache. */
    public BuildRequest withForce() {
        return new BuildRequest(planDirectory, out, cache, asOf, audience, true, threads, measureBare, progress, pdf);
    }

    /** The same request, making each edition's PDF as well ({@code on}) or not. */
    public BuildRequest withPdf(boolean on) {
        return new BuildRequest(planDirectory, out, cache, asOf, audience, force, threads, measureBare, progress, on);
    }

    public BuildRequest withProgress(Consumer<String> sink) {
        return new BuildRequest(planDirectory, out, cache, asOf, audience, force, threads, measureBare, sink, pdf);
    }
}
