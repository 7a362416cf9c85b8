package org.secplan.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.secplan.check.CheckReport;
import org.secplan.render.RenderResult;

/**
 * One audience's edition of the plan site, as rendered.
 *
 * @param audience      the audience's identifier (also the name of the edition's directory)
 * @param label         the audience's label
 * @param level         label of the highest classification level the edition holds
 * @param readsEverything true for the edition that reads the whole plan (it carries the full findings)
 * @param report        the findings of the checks run on the edition's view (the full findings for the full edition)
 * @param result        what the render wrote
 */
public record Edition(String audience, String label, String level, boolean readsEverything, CheckReport report,
                      RenderResult result) {
    public Edition {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(result, "result");
    }

    public Path site() {
        return result.site();
    }

    public Path home() {
        return result.home();
    }

    /** Findings of the edition's checks and render, for its own log. */
    public List<org.secplan.check.Finding> findings() {
        return report.findings();
    }
}
