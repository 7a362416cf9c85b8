package org.secplan.render;

import java.util.List;

import org.secplan.site.Page;

/**
 * Runs a cached page's macro calls again, straight against the plan and without Asciidoctor, and digests what
 * they produce. When the digest equals the one recorded at conversion, the page's converted HTML is still right:
 * its AsciiDoc is unchanged (that is the cache key) and so is everything its macros read from the plan. This is
 * what lets one edited risk re-convert only the pages that show it, not every page that uses a macro.
 */
final class MacroReplay {
    private final RenderContext context;

    /** @param context a context of this render used for replays only (its findings are thrown away) */
    MacroReplay(RenderContext context) {
        this.context = context;
    }

    /** The output digest {@code calls} give on {@code page} now. */
    String digest(Page page, List<MacroCall> calls) {
        context.enter(page.path(), page.sourceFile(), page.asciidoc());
        // fresh macros per page, as in a conversion: the heat map numbers its drawings per page
        EntityMacro entity = new EntityMacro(context);
        TraceMacro trace = new TraceMacro(context);
        HeatmapMacro heatmap = new HeatmapMacro(context);
        QueryMacro query = new QueryMacro(context);
        QueryBlock queryBlock = new QueryBlock(context);
        for (MacroCall call : calls) {
            switch (call.macro()) {
                case MacroCall.ENTITY -> entity.produce(call.target(), call.attributes(), 0);
                case MacroCall.TRACE -> trace.produce(call.target(), call.attributes(), 0);
                case MacroCall.HEATMAP -> heatmap.produce(call.target(), call.attributes(), 0);
                case MacroCall.QUERY -> query.produce(call.target(), call.attributes(), 0);
                case MacroCall.QUERY_BLOCK -> queryBlock.produce(call.target(), 0);
                default -> {
                    return "unknown macro " + call.macro(); // an entry from another renderer: never a match
                }
            }
        }
        return context.outputDigest();
    }
}
