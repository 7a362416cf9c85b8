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
 */
public record RenderOptions(LocalDate asOf, View view, Consumer<String> progress, boolean measureBare) {
    public RenderOptions {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(progress, "progress");
    }

    public static RenderOptions of(LocalDate asOf) {
        return new RenderOptions(asOf, View.full(), line -> { }, false);
    }

    public RenderOptions withProgress(Consumer<String> sink) {
        return new RenderOptions(asOf, view, sink, measureBare);
    }

    public RenderOptions measuringBare() {
        return new RenderOptions(asOf, view, progress, true);
    }
}
