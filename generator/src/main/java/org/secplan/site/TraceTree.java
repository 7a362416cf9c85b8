package org.secplan.site;

import java.util.ArrayList;
import java.util.List;

import org.secplan.plan.Entity;

import static org.secplan.site.Vocab.sp;

/**
 * An element's place in the traceability chain as AsciiDoc list lines. For an objective, down the chain (risks
 * that threaten it, their treatments, the controls implementing them); for a control, up the chain (treatments,
 * risks, the objectives and assets at stake, obligations satisfied); for a risk, both; for an asset, treatment or
 * obligation, the risks and controls around it. Every label is escaped. Entity pages carry the tree in their
 * AsciiDoc; the {@code trace::} macro puts it on narrative pages.
 */
public final class TraceTree {
    private final PlanIndex index;
    private final SitePaths paths;

    public TraceTree(PlanIndex index, SitePaths paths) {
        this.index = index;
        this.paths = paths;
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
        for (Entity t : index.linked(risk.iri(), sp("treatedBy"))) {
            item(lines, depth, "treated by", t, false);
            for (Entity c : index.linked(t.iri(), sp("implementedBy"))) {
                item(lines, depth + 1, "implemented by control", c, false);
            }
        }
    }

    /** Control → treatments → risks → objectives. */
    private void up(Entity control, int depth, List<String> lines) {
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
        StringBuilder line = new StringBuilder("*".repeat(Math.min(depth, 5))).append(' ');
        line.append("[.sp-rel]##").append(Adoc.text(relation)).append("## ");
        String title = e.label().equals(e.identifier()) ? e.identifier() : e.identifier() + " " + e.label();
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
