package org.secplan.render;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;
import org.secplan.check.Severity;
import org.secplan.plan.Entity;
import org.secplan.site.Adoc;
import org.secplan.site.PlanIndex;

import static org.secplan.site.Vocab.sp;

/**
 * {@code trace::O-001[]}: the element's place in the traceability chain as a tree. For an objective, down the
 * chain (risks that threaten it, their treatments, the controls implementing them); for a control, up the chain
 * (treatments, risks, the objectives and assets at stake, obligations satisfied); for a risk, both; for an asset,
 * treatment or obligation, the risks and controls around it. Emits AsciiDoc lists, so every label is escaped.
 */
@Name("trace")
final class TraceMacro extends BlockMacroProcessor {
    private final RenderContext context;

    TraceMacro(RenderContext context) {
        this.context = context;
    }

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        PlanIndex index = context.index();
        Optional<Entity> e = index.byIdentifier(target);
        Object iri = attributes.get("iri");
        if (iri != null) {
            e = index.entity(URLDecoder.decode(String.valueOf(iri), StandardCharsets.UTF_8));
        }
        Map<String, Object> attrs = new HashMap<>();
        attrs.put("role", "sp-tree");
        Block block = createBlock(parent, "open", "", attrs);
        if (e.isEmpty() && iri == null && context.isWithheld(target)) {
            parseContent(block, List.of(Adoc.text("withheld")));
            return block;
        }
        if (e.isEmpty()) {
            int line = parent.getSourceLocation() == null ? 0 : parent.getSourceLocation().getLineNumber();
            context.report("render-unknown-identifier", Severity.ERROR, context.lineOf("trace::" + target, line),
                    "unknown identifier '" + target + "' in trace macro");
            parseContent(block, List.of(Adoc.text("Unknown element " + target + ".")));
            return block;
        }
        List<String> lines = new ArrayList<>();
        tree(e.get(), lines);
        if (lines.isEmpty()) {
            lines.add(Adoc.text("This element has no place in the traceability chain yet."));
        }
        parseContent(block, lines);
        return block;
    }

    private void tree(Entity e, List<String> lines) {
        PlanIndex index = context.index();
        if (index.isA(e.iri(), sp("SecurityObjective"))) {
            item(lines, 1, "objective", e, true);
            for (Entity r : index.linking(e.iri(), sp("threatens"))) {
                item(lines, 2, "threatened by risk", r, false);
                down(r, 3, lines);
            }
        } else if (index.isA(e.iri(), sp("Risk"))) {
            List<Entity> objectives = index.linked(e.iri(), sp("threatens"));
            int depth = 1;
            for (Entity o : objectives) {
                item(lines, 1, "objective", o, false);
            }
            if (!objectives.isEmpty()) {
                depth = 2;
            }
            item(lines, depth, "risk", e, true);
            for (Entity a : index.linked(e.iri(), sp("affects"))) {
                item(lines, depth + 1, "affects asset", a, false);
            }
            down(e, depth + 1, lines);
        } else if (index.isA(e.iri(), sp("Control"))) {
            item(lines, 1, "control", e, true);
            up(e, 2, lines);
            for (Entity a : index.linked(e.iri(), sp("protects"))) {
                item(lines, 2, "protects asset", a, false);
            }
            for (Entity o : index.linked(e.iri(), sp("satisfies"))) {
                item(lines, 2, "satisfies obligation", o, false);
            }
        } else if (index.isA(e.iri(), sp("Treatment"))) {
            for (Entity r : index.linking(e.iri(), sp("treatedBy"))) {
                for (Entity o : index.linked(r.iri(), sp("threatens"))) {
                    item(lines, 1, "objective", o, false);
                    item(lines, 2, "threatened by risk", r, false);
                }
            }
            item(lines, 1, "treatment", e, true);
            for (Entity c : index.linked(e.iri(), sp("implementedBy"))) {
                item(lines, 2, "implemented by control", c, false);
            }
        } else if (index.isA(e.iri(), sp("Asset"))) {
            item(lines, 1, "asset", e, true);
            for (Entity r : index.linking(e.iri(), sp("affects"))) {
                item(lines, 2, "at risk from", r, false);
                down(r, 3, lines);
            }
            for (Entity c : index.linking(e.iri(), sp("protects"))) {
                item(lines, 2, "protected by control", c, false);
            }
        } else if (index.isA(e.iri(), sp("Obligation"))) {
            item(lines, 1, "obligation", e, true);
            for (Entity c : index.linking(e.iri(), sp("satisfies"))) {
                item(lines, 2, "met by control", c, false);
                up(c, 3, lines);
            }
        }
    }

    /** Risk → treatments → controls. */
    private void down(Entity risk, int depth, List<String> lines) {
        PlanIndex index = context.index();
        for (Entity t : index.linked(risk.iri(), sp("treatedBy"))) {
            item(lines, depth, "treated by", t, false);
            for (Entity c : index.linked(t.iri(), sp("implementedBy"))) {
                item(lines, depth + 1, "implemented by control", c, false);
            }
        }
    }

    /** Control → treatments → risks → objectives. */
    private void up(Entity control, int depth, List<String> lines) {
        PlanIndex index = context.index();
        for (Entity t : index.linking(control.iri(), sp("implementedBy"))) {
            item(lines, depth, "implements treatment", t, false);
            for (Entity r : index.linking(t.iri(), sp("treatedBy"))) {
                item(lines, depth + 1, "of risk", r, false);
                for (Entity o : index.linked(r.iri(), sp("threatens"))) {
                    item(lines, depth + 2, "which threatens objective", o, false);
                }
            }
        }
    }

    private void item(List<String> lines, int depth, String relation, Entity e, boolean self) {
        PlanIndex index = context.index();
        StringBuilder line = new StringBuilder("*".repeat(Math.min(depth, 5))).append(' ');
        line.append("[.sp-rel]##").append(Adoc.text(relation)).append("## ");
        String title = e.label().equals(e.identifier()) ? e.identifier() : e.identifier() + " " + e.label();
        if (self) {
            line.append("[.sp-self]##").append(Adoc.text(title)).append("##");
        } else {
            line.append(Adoc.link(context.paths().entity(e), title));
        }
        String note = note(e);
        if (!note.isEmpty()) {
            line.append(" [.sp-note]##").append(Adoc.text(note)).append("##");
        }
        lines.add(line.toString());
    }

    private String note(Entity e) {
        PlanIndex index = context.index();
        if (index.isA(e.iri(), sp("Control"))) {
            List<String> parts = new ArrayList<>();
            index.iri(e.iri(), sp("status")).map(index::label).ifPresent(parts::add);
            index.iri(e.iri(), sp("effectiveness")).map(index::label).ifPresent(parts::add);
            return String.join(", ", parts);
        }
        if (index.isA(e.iri(), sp("Risk"))) {
            return index.currentLevel(e.iri()).map(l -> "level " + index.label(l)).orElse("")
                    + (index.overAcceptance(e.iri()) ? ", over acceptance" : "");
        }
        if (index.isA(e.iri(), sp("Treatment"))) {
            return index.iri(e.iri(), sp("option")).map(index::label).orElse("");
        }
        return "";
    }
}
