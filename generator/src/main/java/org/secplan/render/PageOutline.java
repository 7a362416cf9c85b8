package org.secplan.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.secplan.audience.ClassificationLevel;
import org.secplan.audience.ClassificationScheme;
import org.secplan.audience.PageLevels;

/**
 * Classifies narrative pages from Asciidoctor's parse of them, the same parse the conversion then prunes (see
 * {@link ClassifiedContent}): the page's level from its {@code classification} attribute (Asciidoctor folds
 * attribute names to lower case, so {@code :Classification:} counts), and every marked section and block with the
 * lines it spans. Marks that the parse attaches to nothing secplan can remove — inline marks such as
 * {@code [.classified-secret]#text#}, marks inside table cells or description lists — are problems: the page is then
 * left out of every edition below the full one (fail closed) and reported.
 */
public final class PageOutline {
    /** A block attribute line that marks what follows; compared with the marks the parse found. */
    private static final Pattern MARK_LINE = Pattern.compile(
            "(?i)^\\[(?!\\[)[^\\[\\]]*(?:\\bclassified-|classification\\s*=)[^\\[\\]]*\\]\\s*$");
    private static final Pattern INLINE_MARK = Pattern.compile(
            "(?i)\\[[^\\[\\]\\n]*(?:\\bclassified-|classification\\s*=)[^\\[\\]\\n]*\\]#");
    private static final Pattern COMMENT_DELIMITER = Pattern.compile("^/{4,}\\s*$");

    private final EnginePool engines;
    private final ClassificationScheme scheme;
    private final Map<String, PageLevels.Page> known = new HashMap<>();

    public PageOutline(EnginePool engines, ClassificationScheme scheme) {
        this.engines = engines;
        this.scheme = scheme;
    }

    /** The page's classification; a page is parsed once per run whatever the number of editions. */
    public synchronized PageLevels.Page classify(String source) {
        PageLevels.Page page = known.get(source);
        if (page == null) {
            page = outline(source);
            known.put(source, page);
        }
        return page;
    }

    private PageLevels.Page outline(String source) {
        AsciidocConverter converter = engines.take();
        Document document;
        try {
            document = converter.outline(source);
        } finally {
            engines.give(converter);
        }
        String[] lines = source.split("\n", -1);
        List<String> unknown = new ArrayList<>();
        Object pageToken = document.getAttribute(ClassificationMarks.ATTRIBUTE);
        ClassificationLevel pageLevel = pageToken == null ? scheme.defaultLevel() : level(pageToken.toString(), unknown);

        List<Node> nodes = new ArrayList<>();
        walk(document, 0, nodes);
        boolean[] verbatim = verbatimLines(lines, nodes);
        List<PageLevels.Region> regions = new ArrayList<>();
        TreeSet<Integer> markLines = new TreeSet<>();
        for (int i = 0; i < lines.length; i++) {
            if (!verbatim[i] && MARK_LINE.matcher(lines[i]).matches()) {
                markLines.add(i);
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            if (n.mark().isEmpty()) {
                continue;
            }
            int end = lines.length;
            for (int j = i + 1; j < nodes.size(); j++) {
                if (nodes.get(j).depth() <= n.depth() && nodes.get(j).line() > n.line()) {
                    end = nodes.get(j).line() - 1;
                    break;
                }
            }
            Integer markLine = markLines.floor(n.line() - 1);
            if (markLine != null) {
                markLines.remove(markLine);
            }
            int from = markLine != null ? markLine : Math.max(0, n.line() - 1);
            regions.add(new PageLevels.Region(from, Math.max(end, n.line()), level(n.mark().get(), unknown)));
        }
        List<PageLevels.Problem> problems = new ArrayList<>();
        for (int line : markLines) {
            problems.add(new PageLevels.Problem(line + 1, "this classification mark applies to nothing secplan can "
                    + "leave out of a lower edition (put it on the line above a section, paragraph, list, table or "
                    + "delimited block of its own); the page is left out of every edition below the full one"));
        }
        for (int i = 0; i < lines.length; i++) {
            if (!verbatim[i] && INLINE_MARK.matcher(lines[i]).find()) {
                problems.add(new PageLevels.Problem(i + 1, "inline classification marks are not supported: mark "
                        + "the paragraph or block it stands in instead; the page is left out of every edition "
                        + "below the full one"));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(PageLevels.Problem::line));
        return new PageLevels.Page(pageLevel, regions, unknown, problems);
    }

    /** A section or block of the parse: its first line (1-based), its depth and its mark. */
    private record Node(int line, int depth, Optional<String> mark, StructuralNode node) {
    }

    private static void walk(StructuralNode parent, int depth, List<Node> out) {
        List<StructuralNode> children = new ArrayList<>();
        if (parent.getBlocks() != null) {
            children.addAll(parent.getBlocks());
        }
        if (parent instanceof org.asciidoctor.ast.List list) {
            children.addAll(list.getItems());
        }
        for (StructuralNode child : children) {
            int line = child.getSourceLocation() == null ? 0 : child.getSourceLocation().getLineNumber();
            out.add(new Node(line, depth + 1, ClassificationMarks.of(child), child));
            walk(child, depth + 1, out);
        }
    }

    /** The lines shown as text (listing, literal, passthrough and comment blocks): a mark there is only text. */
    private static boolean[] verbatimLines(String[] lines, List<Node> nodes) {
        boolean[] verbatim = new boolean[lines.length];
        for (Node n : nodes) {
            String context = n.node().getContext();
            if (n.line() > 0 && (context.equals("listing") || context.equals("literal") || context.equals("pass"))) {
                int count = n.node() instanceof org.asciidoctor.ast.Block b ? b.getLines().size() : 0;
                for (int k = n.line(); k <= n.line() + count && k < lines.length; k++) {
                    verbatim[k] = true;
                }
            }
        }
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            if (COMMENT_DELIMITER.matcher(lines[i]).matches()) {
                inComment = !inComment;
                verbatim[i] = true;
            } else if (inComment || lines[i].startsWith("//")) {
                verbatim[i] = true;
            }
        }
        return verbatim;
    }

    private ClassificationLevel level(String token, List<String> unknown) {
        String t = token.strip();
        Optional<ClassificationLevel> known = t.isEmpty() ? Optional.empty() : scheme.resolve(t);
        if (known.isEmpty()) {
            unknown.add(token.strip());
            return scheme.highest();
        }
        return known.get();
    }
}
