package org.secplan.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

/**
 * Leaves out of the page being converted every section and block whose classification mark the edition withholds
 * (see {@link ClassificationMarks}), with everything inside it, after Asciidoctor has parsed the page and before
 * anything is converted: so whatever the syntax — ids, several roles, block styles, blank lines or comments after
 * the mark, lists and tables with blank lines, discrete headings — what Asciidoctor applies the mark to is what is
 * removed. Nothing of it reaches the HTML, the table of contents or the search index. A cross reference to a
 * removed section finds no target and is reported as a broken link; its title is replaced so that no reference
 * text can repeat it.
 */
final class ClassifiedContent extends Treeprocessor {
    private final RenderContext context;

    ClassifiedContent(RenderContext context) {
        this.context = context;
    }

    @Override
    public Document process(Document document) {
        if (!context.outlining()) {
            prune(document);
        }
        return document;
    }

    private void prune(StructuralNode node) {
        List<StructuralNode> children = new ArrayList<>();
        if (node.getBlocks() != null) {
            children.addAll(node.getBlocks());
        }
        for (StructuralNode child : children) {
            Optional<String> mark = ClassificationMarks.of(child);
            if (mark.isPresent() && context.withholdsLevel(mark.get())) {
                forget(child);
                node.getBlocks().remove(child);
            } else if (context.printing() && child.hasRole("sp-pager")) {
                // "page 2 of 50" of a long register: on paper the register is read through
                forget(child);
                node.getBlocks().remove(child);
            } else {
                prune(child);
            }
        }
        if (node instanceof org.asciidoctor.ast.List list) {
            for (StructuralNode item : list.getItems()) {
                prune(item);
            }
        }
    }

    /** The catalog keeps removed sections for cross references: they must not lend their words to one. */
    private static void forget(StructuralNode removed) {
        if (removed.getId() != null) {
            removed.setTitle("withheld");
            removed.setAttribute("reftext", "withheld", true);
        }
        if (removed.getBlocks() != null) {
            removed.getBlocks().forEach(ClassifiedContent::forget);
        }
    }
}
