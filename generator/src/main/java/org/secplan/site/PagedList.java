package org.secplan.site;

import java.util.ArrayList;
import java.util.List;

/**
 * A list that may take several pages. Its parts, in order: an opening shown on the first page only (introductions,
 * heat maps, figures that count the whole list), a preamble shown on every page (what a reader needs to read any
 * page's rows, such as the legend of the columns), then headings, texts and tables whose rows flow across pages of
 * {@link Paging#rows()} rows, then a closing shown on the first page only, after its rows (totals of the whole list).
 *
 * <p>A list that fits one page is one page whose body is its parts in order, without a pager: exactly what the
 * list was before it could be paged. A longer list keeps its path for the first page and continues on
 * {@code name-2.html}, {@code name-3.html} …; every page carries a pager above and below its rows and a title naming
 * the rows it holds. A heading whose rows continue on the next page is repeated there, marked "(continued)"; a
 * heading or text always goes with the rows after it, never alone at the foot of a page.
 */
final class PagedList {
    private sealed interface Part permits Heading, Rows, Text {
    }

    private record Heading(int level, String id, String title) implements Part {
    }

    private record Rows(Tables table, String whenEmpty) implements Part {
    }

    private record Text(String adoc) implements Part {
    }

    /** The body of one page's rows, and which rows (0-based, end exclusive) it holds. */
    private record Slice(String body, int from, int to) {
    }

    private final Paging paging;
    private final String path;
    private final String title;
    private final String navKey;
    private final List<Crumb> crumbs;
    private final String kind;
    private final StringBuilder opening = new StringBuilder();
    private final StringBuilder preamble = new StringBuilder();
    private final StringBuilder closing = new StringBuilder();
    private final List<Part> parts = new ArrayList<>();

    /**
     * @param path   the first page's path; later pages add {@code -2}, {@code -3} … before {@code .html}
     * @param title  the list's title; a list of several pages adds to it which rows each page holds
     * @param crumbs the first page's breadcrumbs; later pages add the first page to them
     */
    PagedList(Paging paging, String path, String title, String navKey, List<Crumb> crumbs, String kind) {
        this.paging = paging;
        this.path = path;
        this.title = title;
        this.navKey = navKey;
        this.crumbs = List.copyOf(crumbs);
        this.kind = kind;
    }

    PagedList opening(String adoc) {
        opening.append(adoc);
        return this;
    }

    PagedList preamble(String adoc) {
        preamble.append(adoc);
        return this;
    }

    PagedList closing(String adoc) {
        closing.append(adoc);
        return this;
    }

    /** A section heading (level 1 = {@code ==}) over the parts after it, until a heading of the same or a higher level. */
    PagedList heading(int level, String id, String title) {
        parts.add(new Heading(level, id, title));
        return this;
    }

    /** A table whose rows may flow over several pages; {@code whenEmpty} is said when it has no rows. */
    PagedList table(Tables table, String whenEmpty) {
        parts.add(new Rows(table, whenEmpty));
        return this;
    }

    PagedList text(String adoc) {
        parts.add(new Text(adoc));
        return this;
    }

    String path() {
        return path;
    }

    /** Rows of every table of the list. */
    int rows() {
        int n = 0;
        for (Part p : parts) {
            if (p instanceof Rows r) {
                n += r.table().size();
            }
        }
        return n;
    }

    /** The list's pages in order, without neighbours (the planner links the reading order). */
    List<Page> pages() {
        int total = rows();
        if (!paging.overflows(total)) {
            StringBuilder body = new StringBuilder(opening).append(preamble);
            for (Part p : parts) {
                if (p instanceof Heading h) {
                    body.append(Adoc.section(h.level(), h.id(), h.title()));
                } else if (p instanceof Text t) {
                    body.append(t.adoc());
                } else if (p instanceof Rows r) {
                    body.append(r.table().render(r.whenEmpty()));
                }
            }
            body.append(closing);
            return List.of(new Page(path, title, navKey, crumbs, body.toString(), null, kind, null, null, null));
        }
        List<Slice> slices = flow();
        int pages = slices.size();
        List<Crumb> laterCrumbs = new ArrayList<>(crumbs);
        laterCrumbs.add(new Crumb(title, path));
        List<Page> out = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            int page = i + 1;
            Slice s = slices.get(i);
            String pager = Pager.adoc(p -> Paging.pagePath(path, p), page, pages);
            StringBuilder body = new StringBuilder();
            if (page == 1) {
                body.append(opening);
            }
            body.append(pager).append(preamble).append(s.body());
            if (page == 1) {
                body.append(closing);
            }
            body.append(pager);
            out.add(new Page(Paging.pagePath(path, page), Paging.title(title, page, pages, s.from() + 1, s.to(), total),
                    navKey, page == 1 ? crumbs : laterCrumbs, body.toString(), null, kind, null, null, null, page == 1));
        }
        return out;
    }

    /** Places the parts on pages of at most {@code paging.rows()} rows. */
    private List<Slice> flow() {
        List<Slice> out = new ArrayList<>();
        StringBuilder page = new StringBuilder();
        // headings and texts wait here until the rows after them are placed, so that they go on the same page
        StringBuilder pending = new StringBuilder();
        // the headings over the rows being placed, outermost first; the first `placed` of them are on a page already
        List<Heading> open = new ArrayList<>();
        int placed = 0;
        int used = 0;
        int row = 0;
        int first = 0;
        for (Part part : parts) {
            if (part instanceof Heading h) {
                while (!open.isEmpty() && open.get(open.size() - 1).level() >= h.level()) {
                    open.remove(open.size() - 1);
                }
                placed = Math.min(placed, open.size());
                open.add(h);
                pending.append(Adoc.section(h.level(), h.id(), h.title()));
            } else if (part instanceof Text t) {
                pending.append(t.adoc());
            } else if (part instanceof Rows r) {
                if (r.table().isEmpty()) {
                    pending.append(r.table().render(r.whenEmpty()));
                    continue;
                }
                for (int from = 0; from < r.table().size(); ) {
                    if (used == paging.rows()) {
                        out.add(new Slice(page.toString(), first, row));
                        page = new StringBuilder();
                        used = 0;
                        first = row;
                        for (Heading h : open.subList(0, placed)) {
                            // the same id as on the page where the section begins: ids are unique per page
                            page.append(Adoc.section(h.level(), h.id(), h.title() + " (continued)"));
                        }
                    }
                    page.append(pending);
                    pending.setLength(0);
                    placed = open.size();
                    int to = Math.min(r.table().size(), from + paging.rows() - used);
                    page.append(r.table().render(from, to));
                    used += to - from;
                    row += to - from;
                    from = to;
                }
            }
        }
        page.append(pending);
        out.add(new Slice(page.toString(), first, row));
        return out;
    }
}
