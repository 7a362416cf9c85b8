package org.secplan.audience;

import java.util.List;

/**
 * The classification of a narrative page: its own level, the sections and blocks marked with a level of their own,
 * and the marks that could not be applied. Read from the page as Asciidoctor parses it (see the renderer's page
 * outline); an unknown level token counts as the highest level, so marks fail closed.
 */
public final class PageLevels {

    /** A marked section or block: lines {@code [from, to)} (0-based) of the page, and the level it carries. */
    public record Region(int from, int to, ClassificationLevel level) {
    }

    /** A mark secplan cannot apply (an inline mark, a mark Asciidoctor attaches to nothing it can remove). */
    public record Problem(int line, String message) {
    }

    /**
     * A page's classification.
     *
     * @param level    the page's own level ({@code :classification:}, any letter case; else the plan's default, the
     *                 highest when the plan sets none)
     * @param regions  sections and blocks marked with their own level, in source order
     * @param unknown  level tokens the scheme does not know, each treated as the highest level
     * @param problems marks that cannot be applied: the page is then left out of every edition below the full one
     */
    public record Page(ClassificationLevel level, List<Region> regions, List<String> unknown, List<Problem> problems) {
        public Page {
            regions = List.copyOf(regions);
            unknown = List.copyOf(unknown);
            problems = List.copyOf(problems);
        }

        /** The level of line {@code index} (0-based): the highest of the page and the regions around it. */
        public ClassificationLevel levelAt(int index) {
            ClassificationLevel here = level;
            for (Region r : regions) {
                if (index >= r.from() && index < r.to() && r.level().rank() > here.rank()) {
                    here = r.level();
                }
            }
            return here;
        }
    }

    private PageLevels() {
    }
}
