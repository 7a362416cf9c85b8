package org.secplan.render;

import org.secplan.plan.Vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.secplan.base.Severity;
import org.secplan.plan.Entity;
import org.secplan.site.Adoc;
import org.secplan.site.PlanIndex;

import static org.secplan.plan.Vocabulary.sp;

/**
 * {@code heatmap::inherent[]} or {@code heatmap::residual[]}: the plan's risk matrix as an SVG grid whose every cell
 * states, in text, how many risks sit there and the level of that cell, so the map never relies on colour alone.
 * The SVG is built with Jsoup's DOM, so labels are escaped by construction.
 */
@Name("heatmap")
final class HeatmapMacro extends BlockMacroProcessor {
    private static final int LEFT = 130;
    private static final int TOP = 48;
    private static final int CELL_W = 100;
    private static final int CELL_H = 58;
    private static final int BOTTOM = 64;

    private final RenderContext context;

    HeatmapMacro(RenderContext context) {
        this.context = context;
    }

    /**
     * What the macro puts in the page: a block title and either AsciiDoc lines or the SVG, passed through; on paper
     * (the PDF edition), the same grid as an AsciiDoc table instead of the SVG.
     */
    record Drawing(String title, List<String> lines, String svg, List<String> table) {
        Drawing(String title, List<String> lines, String svg) {
            this(title, lines, svg, List.of());
        }
    }

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        if (context.outlining() || ClassificationMarks.of(attributes).filter(context::withholdsLevel).isPresent()) {
            return null; // only outlining, or a block the edition leaves out: nothing to make or record
        }
        int line = parent.getSourceLocation() == null ? 0 : parent.getSourceLocation().getLineNumber();
        Drawing map = produce(target, MacroCall.strings(attributes), line);
        Map<String, Object> attrs = new HashMap<>();
        attrs.put("role", "sp-heatmap");
        Block block = createBlock(parent, "open", "", attrs);
        if (map.title() != null) {
            block.setTitle(map.title());
        }
        if (!map.lines().isEmpty()) {
            parseContent(block, context.forMedium(map.lines()));
        }
        if (map.svg() != null && context.printing()) {
            parseContent(block, map.table());
        } else if (map.svg() != null) {
            block.append(createBlock(block, "pass", map.svg()));
        }
        return block;
    }

    /** The heat map for one use of the macro, recorded (see {@link MacroReplay}). */
    Drawing produce(String target, Map<String, String> attributes, int line) {
        return context.record(new MacroCall(MacroCall.HEATMAP, target, attributes), drawing(target, line));
    }

    private Drawing drawing(String target, int line) {
        PlanIndex index = context.index();
        String which = target.toLowerCase(Locale.ROOT);
        if (!which.equals("inherent") && !which.equals("residual")) {
            context.report("render-bad-macro", Severity.ERROR, context.lineOf("heatmap::" + target, line),
                    "heat map '" + target + "' is neither 'inherent' nor 'residual'");
            return new Drawing(null, List.of(), null);
        }
        List<String> ls = index.likelihoods();
        List<String> cs = index.consequences();
        if (ls.isEmpty() || cs.isEmpty()) {
            return new Drawing(null, List.of(Adoc.text("The plan defines no risk matrix, so there is no heat map.")), null);
        }
        Map<String, List<String>> cells = new HashMap<>();
        int unrated = 0;
        int total = 0;
        for (Entity r : index.ofType(sp("Risk"))) {
            Optional<String> l = index.iri(r.iri(), sp(which + "Likelihood"));
            Optional<String> c = index.iri(r.iri(), sp(which + "Consequence"));
            total++;
            if (l.isEmpty() || c.isEmpty() || !ls.contains(l.get()) || !cs.contains(c.get())) {
                unrated++;
                continue;
            }
            cells.computeIfAbsent(l.get() + "|" + c.get(), k -> new ArrayList<>()).add(r.identifier());
        }
        String title = Character.toUpperCase(which.charAt(0)) + which.substring(1) + " risk";
        String id = "heatmap-" + which + "-" + context.nextElementNumber();
        String svg = svg(id, title, ls, cs, cells, total - unrated);
        return new Drawing(Adoc.text(title + ": " + (total - unrated) + " of " + total + " risks rated"), List.of(), svg,
                table(ls, cs, cells));
    }

    /** The grid as a table: likelihood rows (highest first), consequence columns, "count (level)" in each cell. */
    private List<String> table(List<String> ls, List<String> cs, Map<String, List<String>> cells) {
        PlanIndex index = context.index();
        List<String> out = new ArrayList<>();
        out.add("[cols=\"1" + ",1".repeat(cs.size()) + "\",options=\"header\"]");
        out.add("|===");
        StringBuilder head = new StringBuilder("|" + Adoc.text("Likelihood / consequence"));
        for (String c : cs) {
            head.append(" |").append(Adoc.text(index.label(c)));
        }
        out.add(head.toString());
        for (int i = ls.size() - 1; i >= 0; i--) {
            String l = ls.get(i);
            StringBuilder row = new StringBuilder("|" + Adoc.text(index.label(l)));
            for (String c : cs) {
                int n = cells.getOrDefault(l + "|" + c, List.of()).size();
                row.append(" |").append(Adoc.text(n + " (" + index.level(l, c).map(index::label).orElse("no level")
                        + ")"));
            }
            out.add(row.toString());
        }
        out.add("|===");
        return out;
    }

    private String svg(String id, String title, List<String> ls, List<String> cs, Map<String, List<String>> cells,
                       int rated) {
        PlanIndex index = context.index();
        int width = LEFT + CELL_W * cs.size() + 10;
        int height = TOP + CELL_H * ls.size() + BOTTOM;
        Document doc = new Document("");
        doc.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml);
        Element svg = doc.appendElement("svg").attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("viewBox", "0 0 " + width + " " + height).attr("width", String.valueOf(width))
                .attr("height", String.valueOf(height)).attr("role", "img").attr("class", "sp-heatmap-svg")
                .attr("aria-labelledby", id + "-t " + id + "-d");
        svg.appendElement("title").attr("id", id + "-t").text(title + " heat map");
        svg.appendElement("desc").attr("id", id + "-d").text(rated + " risks placed by likelihood (rows) and "
                + "consequence (columns); each cell gives the number of risks and the level of that cell.");
        text(svg, LEFT - 10, TOP - 30, "end", "sp-axis-title", "Likelihood");
        text(svg, LEFT + CELL_W * cs.size() / 2, TOP - 30, "middle", "sp-axis-title", "Consequence");
        for (int j = 0; j < cs.size(); j++) {
            text(svg, LEFT + j * CELL_W + CELL_W / 2, TOP - 14, "middle", "sp-axis", index.label(cs.get(j)));
        }
        for (int i = 0; i < ls.size(); i++) {
            String l = ls.get(ls.size() - 1 - i);
            int y = TOP + i * CELL_H;
            text(svg, LEFT - 10, y + CELL_H / 2 + 5, "end", "sp-axis", index.label(l));
            for (int j = 0; j < cs.size(); j++) {
                String c = cs.get(j);
                int x = LEFT + j * CELL_W;
                Optional<String> level = index.level(l, c);
                List<String> ids = cells.getOrDefault(l + "|" + c, List.of());
                int rank = level.flatMap(index::rank).orElse(0);
                Element g = svg.appendElement("g").attr("class", "sp-cell sp-level-" + rank);
                g.appendElement("title").text(index.label(l) + " likelihood, " + index.label(c) + " consequence: "
                        + ids.size() + (ids.size() == 1 ? " risk" : " risks")
                        + level.map(v -> " at level " + index.label(v)).orElse("")
                        + (ids.isEmpty() ? "" : " (" + String.join(", ", ids.size() > 40 ? ids.subList(0, 40) : ids)
                        + (ids.size() > 40 ? ", …" : "") + ")"));
                g.appendElement("rect").attr("x", String.valueOf(x + 1)).attr("y", String.valueOf(y + 1))
                        .attr("width", String.valueOf(CELL_W - 2)).attr("height", String.valueOf(CELL_H - 2))
                        .attr("rx", "3");
                text(g, x + CELL_W / 2, y + 27, "middle", "sp-count" + (ids.isEmpty() ? " sp-zero" : ""),
                        String.valueOf(ids.size()));
                text(g, x + CELL_W / 2, y + 46, "middle", "sp-cell-level", level.map(index::label).orElse("no level"));
            }
        }
        int legendY = TOP + CELL_H * ls.size() + 30;
        text(svg, LEFT, legendY, "start", "sp-axis",
                "Each cell: number of risks (large) and the level of the cell (small).");
        return svg.outerHtml();
    }

    private static void text(Element parent, int x, int y, String anchor, String cls, String content) {
        parent.appendElement("text").attr("x", String.valueOf(x)).attr("y", String.valueOf(y))
                .attr("text-anchor", anchor).attr("class", cls).text(content);
    }

}
