package org.secplan.render;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.asciidoctor.extension.Name;
import org.secplan.base.Severity;
import org.secplan.plan.Entity;
import org.secplan.site.Adoc;
import org.secplan.site.PlanIndex;
import org.secplan.site.TraceTree;

/**
 * {@code trace::O-001[]} on a narrative page: the element's place in the traceability chain as a tree (see
 * {@link TraceTree}; entity pages carry the same tree in their own AsciiDoc).
 */
@Name("trace")
final class TraceMacro extends LinesBlockMacro {

    TraceMacro(RenderContext context) {
        super(context, MacroCall.TRACE, "sp-tree");
    }

    @Override
    List<String> lines(String target, Map<String, String> attributes, int line) {
        PlanIndex index = context.index();
        Optional<Entity> e = index.byIdentifier(target);
        String iri = attributes.get("iri");
        if (iri != null) {
            e = index.entity(URLDecoder.decode(iri, StandardCharsets.UTF_8));
        }
        if (e.isEmpty() && iri == null && context.isWithheld(target)) {
            return List.of(Adoc.text("withheld"));
        }
        if (e.isEmpty()) {
            context.report("render-unknown-identifier", Severity.ERROR, context.lineOf("trace::" + target, line),
                    "unknown identifier '" + target + "' in trace macro");
            return List.of(Adoc.text("Unknown element " + target + "."));
        }
        return new TraceTree(index, context.paths()).lines(e.get());
    }
}
