package org.secplan.site;

import org.secplan.plan.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.secplan.plan.Entity;

import static org.secplan.plan.Vocabulary.sp;

/**
 * An element's place in the traceability chain as AsciiDoc list lines. For an objective, down the chain (risks
 * that threaten it, their treatments, the controls implementing them); for a control, up the chain (treatments,
 * risks, the objectives and assets at stake, obligations satisfied); for a risk, both; for an asset, treatment or
 * obligation, the risks and controls around it. Every label is escaped. Entity pages carry the tree in their
 * AsciiDoc; the {@code trace::} macro puts it on narrative pages.
 *
 * <p>A tree holds at most {@link #MAX_LINES} lines: past that, each list of the tree still open ends with
 * "and 37 more risks", so that a widely linked element (a control implementing 500 treatments) gets a page of
 * readable size. A tree within that size is drawn whole.
 */
public final class TraceTree {
    /**
     * Lines of the largest tree drawn whole. The sample plan's largest tree (an obligation met by a dozen controls,
     * up the chain to their risks and objectives) has 441 lines, a synthetic plan of 10,000 risks 456; trees
     * that size convert in well under a second, while an element linked to hundreds of others would draw
     * thousands of lines.
     */
    public static final int MAX_LINES = 500;

    private final PlanIndex index;
    private final SitePaths paths;
    private final int maxLines;

    public TraceTree(PlanIndex index, SitePaths paths) {
        this(index, paths, MAX_LINES);
    }

    TraceTree(PlanIndex index, SitePaths paths, int maxLines) {
        this.index = index;
        this.paths = paths;
        this.maxLines = maxLines;
    }

    /** The tree's lines for {@code e}; a sentence when it has no place in the chain yet. */
    public List<String> lines(Entity e) {
        List<String> lines = new ArrayList<>();
        tree(e, lines);
        if (lines.isEmpty()) {
            lines.add(Adoc.text("This element has no place in the traceability chain yet."));
        }
        return lines;
    }

    /** The tree as an AsciiDoc open block with the role the site's stylesheet gives trees. */
    String block(Entity e) {
        return "[.sp-tree]\n--\n" + String.join("\n", lines(e)) + "\n--\n\n";
    }

    private void tree(Entity e, List<String> lines) {
        if (index.isA(e.iri(), sp("SecurityObjective"))) {
            item(lines, 1, "objective", e, true);
            each(lines, 2, "risks", index.linking(e.iri(), sp("threatens")), r -> {
                item(lines, 2, "threatened by risk", r, false);
                down(r, 3, lines);
            });
        } else if (index.isA(e.iri(), sp("Risk"))) {
            List<Entity> objectives = index.linked(e.iri(), sp("threatens"));
            each(lines, 1, "objectives", objectives, o -> item(lines, 1, "objective", o, false));
            int depth = objectives.isEmpty() ? 1 : 2;
            item(lines, depth, "risk", e, true);
            each(lines, depth + 1, "assets", index.linked(e.iri(), sp("affects")),
                    a -> item(lines, depth + 1, "affects asset", a, false));
            down(e, depth + 1, lines);
        } else if (index.isA(e.iri(), sp("Control"))) {
            item(lines, 1, "control", e, true);
            up(e, 2, lines);
            each(lines, 2, "assets", index.linked(e.iri(), sp("protects")),
                    a -> item(lines, 2, "protects asset", a, false));
            each(lines, 2, "obligations", index.linked(e.iri(), sp("satisfies")),
                    o -> item(lines, 2, "satisfies obligation", o, false));
        } else if (index.isA(e.iri(), sp("Treatment"))) {
            each(lines, 1, "risks", index.linking(e.iri(), sp("treatedBy")), r ->
                    each(lines, 1, "objectives", index.linked(r.iri(), sp("threatens")), o -> {
                        item(lines, 1, "objective", o, false);
                        item(lines, 2, "threatened by risk", r, false);
                    }));
            item(lines, 1, "treatment", e, true);
            each(lines, 2, "controls", index.linked(e.iri(), sp("implementedBy")),
                    c -> item(lines, 2, "implemented by control", c, false));
        } else if (index.isA(e.iri(), sp("Asset"))) {
            item(lines, 1, "asset", e, true);
            each(lines, 2, "risks", index.linking(e.iri(), sp("affects")), r -> {
                item(lines, 2, "at risk from", r, false);
                down(r, 3, lines);
            });
            each(lines, 2, "controls", index.linking(e.iri(), sp("protects")),
                    c -> item(lines, 2, "protected by control", c, false));
        } else if (index.isA(e.iri(), sp("Obligation"))) {
            item(lines, 1, "obligation", e, true);
            each(lines, 2, "controls", index.linking(e.iri(), sp("satisfies")), c -> {
                item(lines, 2, "met by control", c, false);
                up(c, 3, lines);
            });
        }
    }

    /** Risk → treatments → controls. */
    private void down(Entity risk, int depth, List<String> lines) {
        each(lines, depth, "treatments", index.linked(risk.iri(), sp("treatedBy")), t -> {
            item(lines, depth, "treated by", t, false);
            each(lines, depth + 1, "controls", index.linked(t.iri(), sp("implementedBy")),
                    c -> item(lines, depth + 1, "implemented by control", c, false));
        });
    }

    /** Control → treatments → risks → objectives. */
    private void up(Entity control, int depth, List<String> lines) {
        each(lines, depth, "treatments", index.linking(control.iri(), sp("implementedBy")), t -> {
            item(lines, depth, "implements treatment", t, false);
            each(lines, depth + 1, "risks", index.linking(t.iri(), sp("treatedBy")), r -> {
                item(lines, depth + 1, "of risk", r, false);
                each(lines, depth + 2, "objectives", index.linked(r.iri(), sp("threatens")),
                        o -> item(lines, depth + 2, "which threatens objective", o, false));
            });
        });
    }

    /**
     * Draws each element of a list of the tree while the tree has room; once it is full, counts the elements left
     * ("and 37 more risks") at the list's depth instead.
     */
    private void each(List<String> lines, int depth, String what, List<Entity> list, Consumer<Entity> draw) {
        for (int i = 0; i < list.size(); i++) {
            if (lines.size() >= maxLines) {
                lines.add("*".repeat(Math.min(depth, 5)) + " [.sp-more]##" + Adoc.text(String.format(Locale.ROOT,
                        "and %,d more %s", list.size() - i, what)) + "##");
                return;
            }
            draw.accept(list.get(i));
        }
    }

    private void item(List<String> lines, int depth, String relation, Entity e, boolean self) {
        StringBuilder line = new StringBuilder("*".repeat(Math.min(depth, 5))).append(' ');
        line.append("[.sp-rel]##").append(Adoc.text(relation)).append("## ");
        String title = e.title();
        if (self) {
            line.append("[.sp-self]##").append(Adoc.text(title)).append("##");
        } else {
            line.append(Adoc.link(paths.entity(e), title));
        }
        String note = note(e);
        if (!note.isEmpty()) {
            line.append(" [.sp-note]##").append(Adoc.text(note)).append("##");
        }
        lines.add(line.toString());
    }

    private String note(Entity e) {
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
