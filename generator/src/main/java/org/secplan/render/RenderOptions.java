package org.secplan.render;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;

import org.secplan.site.View;

/**
 * How to render.
 *
 * @param asOf        the date against which due dates and reviews are judged
 * @param view        the edition to render
 * @param progress    receives progress lines on long runs and the closing summary; never null
 * @param measureBare also convert every page with a bare Asciidoctor (no plan macros) and report the time, to
 *                    compare the site's cost per page against plain AsciidoctorJ in the same run
 * @param cache       where converted pages are kept between renders (see {@link RenderCache}), or null for none
 * @param threads     how many Asciidoctor engines convert pages at once; 0 picks one per core but one (left to
 *                    post-processing), at least one, and no more than the pages to convert repay
 * @param engines     the run's Asciidoctor engines, shared by every edition (see {@link EnginePool}), or null: the
 *                    render then starts and closes engines of its own
 * @param pdf         also make the edition's PDF ({@code plan.pdf}, linked from the home page): seconds per edition
 */
public record RenderOptions(LocalDate asOf, View view, Consumer<String> progress, boolean measureBare,
                            java.nio.file.Path cache, int threads, EnginePool engines, boolean pdf) {
    public RenderOptions {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(progress, "progress");
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (automatic) or more, not " + threads);
        }
    }

    public RenderOptions(LocalDate asOf, View view, Consumer<String> progress, boolean measureBare,
                         java.nio.file.Path cache, int threads, EnginePool engines) {
        this(asOf, view, progress, measureBare, cache, threads, engines, false);
    }

    /** No cache, one engine per core. */
    public RenderOptions(LocalDate asOf, View view, Consumer<String> progress, boolean measureBare) {
        this(asOf, view, progress, measureBare, null, 0, null);
    }

    public RenderOptions(LocalDate asOf, View view, Consumer<String> progress, boolean measureBare,
                         java.nio.file.Path cache, int threads) {
        this(asOf, view, progress, measureBare, cache, threads, null);
    }

    public static RenderOptions of(LocalDate asOf) {
        return new RenderOptions(asOf, View.full(), line -> { }, false);
    }

    public RenderOptions withProgress(Consumer<String> sink) {
        return new RenderOptions(asOf, view, sink, measureBare, cache, threads, engines, pdf);
    }

    public RenderOptions measuringBare() {
        return new RenderOptions(asOf, view, progress, true, cache, threads, engines, pdf);
    }

    /** Keeps converted pages in {@code directory} and reuses those whose inputs have not changed. */
    public RenderOptions withCache(java.nio.file.Path directory) {
        return new RenderOptions(asOf, view, progress, measureBare, directory, threads, engines, pdf);
    }

    /** Converts with {@code count} engines at once (0: one per core). */
    public RenderOptions withThreads(int count) {
        return new RenderOptions(asOf, view, progress, measureBare, cache, count, engines, pdf);
    }

    /** Converts with the run's engines (started early, while the plan loads) instead of starting its own. */
    public RenderOptions withEngines(EnginePool pool) {
        return new RenderOptions(asOf, view, progress, measureBare, cache, threads, pool, pdf);
    }

    /** Also makes each edition's PDF. */
    public RenderOptions withPdf(boolean on) {
        return new RenderOptions(asOf, view, progress, measureBare, cache, threads, engines, on);
    }


    /** The same options for another edition. */
    public RenderOptions forEdition(View edition, Consumer<String> sink, java.nio.file.Path editionCache) {
        return new RenderOptions(asOf, edition, sink, measureBare, editionCache, threads, engines, pdf);
    }
}
