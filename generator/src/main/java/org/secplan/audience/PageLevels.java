package org.secplan.audience;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classification of narrative pages, read from their AsciiDoc source: the page's level from its
 * {@code :classification:} header attribute, and the sections and blocks marked with a higher level through a
 * role ({@code [.classified-secret]}, {@code [role=classified-secret]}) or an attribute
 * ({@code [classification=secret]}).
 *
 * <p>{@link #strip} removes a marked section or block from the source text before it reaches Asciidoctor, so nothing
 * of it can show up in the converted page, its table of contents or the search index. Removed lines become blank
 * lines, so the line numbers of everything else still point at the source. A marked region starts at the first of
 * the attribute, anchor and title lines above it (a block title belongs to its block) and ends where the block's
 * delimiter closes, at the next heading of the same or a higher level, or at the paragraph's end.
 *
 * <p>Unknown levels fail closed: the page or region is treated as the highest level, and {@link Page#unknown()}
 * names the token so that the full edition can report it.
 */
public final class PageLevels {

    private static final Pattern ATTRIBUTE_LINE = Pattern.compile("^\\[(?!\\[)(.*)\\]\\s*$");
    private static final Pattern ANCHOR_LINE = Pattern.compile("^\\[\\[.*\\]\\]\\s*$");
    private static final Pattern TITLE_LINE = Pattern.compile("^\\.[^.\\s].*$");
    private static final Pattern HEADING = Pattern.compile("^(={1,6}|#{1,6})\\s+\\S.*$");
    private static final Pattern DELIMITER = Pattern.compile("^(-{4,}|={4,}|\\*{4,}|_{4,}|\\.{4,}|\\+{4,}|/{4,}|\\|={3,}|!={3,}|--)\\s*$");
    private static final Pattern ROLE_SHORTHAND = Pattern.compile("(?:^|[\\s,#.%])\\.classified-([A-Za-z0-9_-]+)");
    private static final Pattern ROLE_ATTR = Pattern.compile("role\\s*=\\s*\"?([^\"\\]]*)\"?");
    private static final Pattern CLASS_ATTR = Pattern.compile("(?:^|,)\\s*classification\\s*=\\s*\"?([^\",\\]]*)\"?");
    private static final Pattern PAGE_ATTR = Pattern.compile("^:classification:\\s*(.*?)\\s*$");

    /** A marked region of a page: lines {@code [from, to)} (0-based), and the level it carries. */
    public record Region(int from, int to, ClassificationLevel level) {
    }

    /**
     * A page's classification.
     *
     * @param level   the page's own level
     * @param regions sections and blocks marked with their own level, in source order
     * @param unknown level tokens the scheme does not know (page attribute or marks), each treated as the highest
     */
    public record Page(ClassificationLevel level, List<Region> regions, List<String> unknown) {
        public Page {
            regions = List.copyOf(regions);
            unknown = List.copyOf(unknown);
        }
    }

    private final ClassificationScheme scheme;

    public PageLevels(ClassificationScheme scheme) {
        this.scheme = scheme;
    }

    /** Classifies a page from its source. */
    public Page classify(String source) {
        String[] lines = source.split("\n", -1);
        List<String> unknown = new ArrayList<>();
        ClassificationLevel pageLevel = scheme.defaultLevel();
        for (String line : lines) {
            if (line.startsWith("== ") || line.startsWith("## ")) {
                break;
            }
            Matcher m = PAGE_ATTR.matcher(line);
            if (m.matches()) {
                pageLevel = level(m.group(1), unknown);
                break;
            }
        }
        List<Region> regions = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            Optional<String> mark = mark(lines[i]);
            if (mark.isEmpty()) {
                i++;
                continue;
            }
            ClassificationLevel level = level(mark.get(), unknown);
            int start = i;
            while (start > 0 && isPrefixLine(lines[start - 1])) {
                start--;
            }
            int j = i + 1;
            while (j < lines.length && isPrefixLine(lines[j])) {
                j++;
            }
            int end = regionEnd(lines, j);
            regions.add(new Region(start, end, level));
            // go on inside the region: a nested block may carry a level higher still
            i = j;
        }
        return new Page(pageLevel, regions, unknown);
    }

    /** The source with every region above {@code max} blanked (line count unchanged). */
    public static String strip(String source, Page page, ClassificationLevel max) {
        String[] lines = source.split("\n", -1);
        boolean changed = false;
        for (Region r : page.regions()) {
            if (r.level().rank() > max.rank()) {
                for (int k = r.from(); k < r.to() && k < lines.length; k++) {
                    lines[k] = "";
                }
                changed = true;
            }
        }
        return changed ? String.join("\n", lines) : source;
    }

    /** The level of line {@code index} (0-based): the highest of the page and the regions around it. */
    public static ClassificationLevel levelAt(Page page, int index) {
        ClassificationLevel level = page.level();
        for (Region r : page.regions()) {
            if (index >= r.from() && index < r.to() && r.level().rank() > level.rank()) {
                level = r.level();
            }
        }
        return level;
    }

    private ClassificationLevel level(String token, List<String> unknown) {
        String t = token.strip();
        Optional<ClassificationLevel> known = t.isEmpty() ? Optional.empty() : scheme.resolve(t);
        if (known.isEmpty()) {
            unknown.add(t);
            return scheme.highest();
        }
        return known.get();
    }

    /** The level token of an attribute line that marks its section or block, if it does. */
    static Optional<String> mark(String line) {
        Matcher a = ATTRIBUTE_LINE.matcher(line);
        if (!a.matches()) {
            return Optional.empty();
        }
        String attrs = a.group(1);
        Matcher c = CLASS_ATTR.matcher(attrs);
        if (c.find()) {
            return Optional.of(c.group(1));
        }
        Matcher r = ROLE_SHORTHAND.matcher(attrs.startsWith(".") ? " " + attrs : attrs);
        if (r.find()) {
            return Optional.of(r.group(1));
        }
        Matcher ra = ROLE_ATTR.matcher(attrs);
        while (ra.find()) {
            for (String role : ra.group(1).trim().split("\\s+")) {
                if (role.startsWith("classified-")) {
                    return Optional.of(role.substring("classified-".length()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isPrefixLine(String line) {
        return ATTRIBUTE_LINE.matcher(line).matches() || ANCHOR_LINE.matcher(line).matches()
                || TITLE_LINE.matcher(line).matches();
    }

    /** Where the thing starting at line {@code j} ends (exclusive). */
    private static int regionEnd(String[] lines, int j) {
        if (j >= lines.length) {
            return lines.length;
        }
        String first = lines[j];
        Matcher h = HEADING.matcher(first);
        if (h.matches()) {
            int depth = h.group(1).length();
            int k = j + 1;
            while (k < lines.length) {
                String line = lines[k];
                if (DELIMITER.matcher(line).matches()) {
                    k = closing(lines, k) + 1;
                    continue;
                }
                Matcher next = HEADING.matcher(line);
                if (next.matches() && next.group(1).length() <= depth) {
                    // the attribute, anchor and title lines just above the next heading belong to it
                    int end = k;
                    while (end > j + 1 && isPrefixLine(lines[end - 1])) {
                        end--;
                    }
                    return end;
                }
                k++;
            }
            return lines.length;
        }
        if (DELIMITER.matcher(first).matches()) {
            return closing(lines, j) + 1;
        }
        int k = j;
        while (k < lines.length && !lines[k].isBlank()) {
            k++;
        }
        return k;
    }

    /** The line closing the delimited block opened at {@code open}; an unclosed block runs to the end. */
    private static int closing(String[] lines, int open) {
        String delimiter = lines[open].strip();
        for (int k = open + 1; k < lines.length; k++) {
            if (lines[k].strip().equals(delimiter)) {
                return k;
            }
        }
        return lines.length - 1;
    }
}
