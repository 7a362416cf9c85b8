package org.secplan.maven;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.secplan.Edition;
import org.secplan.Secplan;
import org.secplan.plan.PlanGraph;
import org.secplan.render.EngineBoot;
import org.secplan.render.RenderOptions;

/** The one call into the generator's renderer, kept apart so the mojo stays a translation of parameters. */
final class SiteRendering {

    private SiteRendering() {
    }

    /**
     * Renders every audience's edition of {@code plan} as of {@code asOf} into {@code site/<audience-id>/}, reusing
     * the pages kept in {@code cache} (null: none) and the engine started early, and sending progress lines to
     * {@code progress}.
     */
    static List<Edition> render(PlanGraph plan, LocalDate asOf, Path site, Path cache, EngineBoot engine,
                                Consumer<String> progress) {
        RenderOptions options = RenderOptions.of(asOf).withProgress(progress).withEngine(engine);
        return Secplan.renderEditions(plan, site, cache == null ? options : options.withCache(cache));
    }
}
