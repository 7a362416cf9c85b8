package org.secplan.render;

import java.nio.file.Path;
import java.util.List;

import org.secplan.check.Finding;

/**
 * What a successful render did.
 *
 * @param site            the written site directory
 * @param pages           pages written
 * @param files           files written (pages and assets)
 * @param findings        warnings met on the way (errors fail the render instead)
 * @param millis          wall time of the whole render
 * @param convertMillis   time spent in Asciidoctor with the plan macros
 * @param bareMillis      time a bare Asciidoctor took for the same AsciiDoc, or -1 when not measured
 */
public record RenderResult(Path site, int pages, int files, List<Finding> findings, long millis, long convertMillis,
                           long bareMillis) {
    public RenderResult {
        findings = List.copyOf(findings);
    }

    public Path home() {
        return site.resolve("index.html");
    }
}
