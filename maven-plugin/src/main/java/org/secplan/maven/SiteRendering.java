package org.secplan.maven;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.secplan.Secplan;
import org.secplan.plan.PlanGraph;
import org.secplan.render.RenderOptions;
import org.secplan.render.RenderResult;

/** The one call into the generator's renderer, kept apart so the mojo stays a translation of parameters. */
final class SiteRendering {

    private SiteRendering() {
    }

    /** Renders {@code plan} as of {@code asOf} into {@code site}, sending progress lines to {@code progress}. */
    static RenderResult render(PlanGraph plan, LocalDate asOf, Path site, Consumer<String> progress) {
        return Secplan.render(plan, site, RenderOptions.of(asOf).withProgress(progress));
    }
}
