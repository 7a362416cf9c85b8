package org.secplan.site;

import java.util.Locale;

/**
 * How long lists are cut into pages. A list page holds {@code rows} rows: measured on a plan of 10,000 risks, a
 * register page of 200 rows converts in about 0.4 s and weighs about 180 KB of HTML, while one page of 10,000 rows
 * took minutes; 200 rows is also what readers page through comfortably. A table on an overview page (a part of the
 * plan, the management summary, an element's page) that no longer fits one list page shows its first
 * {@code preview} rows and links to the full list.
 *
 * @param rows    rows of a list page
 * @param preview rows an overview page shows of a list longer than one page
 */
public record Paging(int rows, int preview) {
    /** The site's paging; tests plan with smaller pages to exercise every path on a small plan. */
    public static final Paging DEFAULT = new Paging(200, 50);

    /** Columns up to which a table keeps full pages; every register has fewer than ten. */
    private static final int WIDE = 25;

    public Paging {
        if (rows < 2 || preview < 1 || preview >= rows) {
            throw new IllegalArgumentException("paging needs 1 <= preview < rows, 2 <= rows: " + rows + ", " + preview);
        }
    }

    /**
     * The paging of a table of {@code columns} columns. A table wider than {@value #WIDE} columns (the traceability
     * matrix has one per objective: 101 in a plan of 100 objectives) gets fewer rows a page, so that no page holds
     * more cells than full pages of {@value #WIDE} columns do; 200 rows of 101 columns made pages of 1.2 MB.
     */
    public Paging forColumns(int columns) {
        if (columns <= WIDE) {
            return this;
        }
        return new Paging(Math.max(preview + 1, rows * WIDE / columns), preview);
    }

    /** How many pages a list of {@code total} rows takes (an empty list still has its one page). */
    public int pages(int total) {
        return Math.max(1, (total + rows - 1) / rows);
    }

    /** True when a list of {@code total} rows no longer fits one page. */
    public boolean overflows(int total) {
        return total > rows;
    }

    /** The path of a list's page: the first page keeps the list's own path, {@code a/b.html} → {@code a/b-2.html}. */
    public static String pagePath(String firstPage, int page) {
        if (page <= 1) {
            return firstPage;
        }
        return firstPage.substring(0, firstPage.length() - ".html".length()) + "-" + page + ".html";
    }

    /** "Risk register, page 2 of 50 (rows 201–400 of 10,000)". */
    static String title(String title, int page, int pages, int from, int to, int total) {
        return String.format(Locale.ROOT, "%s, page %d of %d (rows %,d–%,d of %,d)", title, page, pages, from, to, total);
    }

    /** "Showing 50 of 300. See all obligations." after a table cut to its first rows. */
    static String more(int shown, int total, String fullList, String what) {
        return Adoc.text(String.format(Locale.ROOT, "Showing %,d of %,d.", shown, total)) + " "
                + Adoc.link(fullList, "See all " + what) + ".\n\n";
    }
}
