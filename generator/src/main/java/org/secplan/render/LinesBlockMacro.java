package org.secplan.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;

/**
 * A block macro whose output is AsciiDoc lines read from the plan, placed in an open block with a role. Each use
 * is recorded with what it produced, so that a cached page can be checked against the plan (see
 * {@link MacroReplay}).
 */
abstract class LinesBlockMacro extends BlockMacroProcessor {
    protected final RenderContext context;
    private final String macro;
    private final String role;

    /**
     * @param macro the {@link MacroCall} name of this macro
     * @param role  the role of the open block it makes
     */
    LinesBlockMacro(RenderContext context, String macro, String role) {
        this.context = context;
        this.macro = macro;
        this.role = role;
    }

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        if (context.outlining() || ClassificationMarks.of(attributes).filter(context::withholdsLevel).isPresent()) {
            return null; // only outlining, or a block the edition leaves out: nothing to make or record
        }
        int line = parent.getSourceLocation() == null ? 0 : parent.getSourceLocation().getLineNumber();
        List<String> lines = produce(target, MacroCall.strings(attributes), line);
        Map<String, Object> attrs = new HashMap<>();
        attrs.put("role", role);
        Block block = createBlock(parent, "open", "", attrs);
        parseContent(block, context.forMedium(lines));
        return block;
    }

    /** The lines for one use of the macro, recorded. */
    List<String> produce(String target, Map<String, String> attributes, int line) {
        return context.record(new MacroCall(macro, target, attributes), lines(target, attributes, line));
    }

    /** Reads the plan; reports problems through the context with the page's {@code line}. */
    abstract List<String> lines(String target, Map<String, String> attributes, int line);
}
