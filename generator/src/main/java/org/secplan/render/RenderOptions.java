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
 * @param engine      an engine already starting (see {@link EngineBoot#start()}) for the first render that wants
 *                    one, or null: each render then starts its own when it begins
 */
public record RenderOptions(LocalDate asOf, View view, Consumer<String> progress, boolean measureBare,
                            java.nio.file.Path cache, int threads, EngineBoot engine) {
    public RenderOptions {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(progress, "progress");
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (automatic) or more, not " + threads);
        }
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
        return new RenderOptions(asOf, view, sink, measureBare, cache, threads, engine);
    }

    public RenderOptions measuringBare() {
        return new RenderOptions(asOf, view, progress, true, cache, threads, engine);
    }

    /** Keeps converted pages in {@code directory} and reuses those whose inputs have not changed. */
    public RenderOptions withCache(java.nio.file.Path directory) {
        return new RenderOptions(asOf, view, progress, measureBare, directory, threads, engine);
    }

    /** Converts with {@code count} engines at once (0: one per core). */
    public RenderOptions withThreads(int count) {
        return new RenderOptions(asOf, view, progress, measureBare, cache, count, engine);
    }

    /** Uses {@code boot} (an engine started early, while the plan loads) for the first render that needs one. */
    public RenderOptions withEngine(EngineBoot boot) {
        return new RenderOptions(asOf, view, progress, measureBare, cache, threads, boot);
    }
}
