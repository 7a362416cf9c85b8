package org.secplan.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables that an overview page (a part of the plan, the management summary) shows only in part once they outgrow
 * one list page: the overview keeps the first rows and links to the full table, which gets paged list pages of its
 * own. A full list exists only when an overview needed it, so a plan whose tables fit has exactly the pages it
 * always had.
 */
final class FullLists {

    /**
     * A full list.
     *
     * @param path      its first page, e.g. {@code registers/roles.html}
     * @param title     its title
     * @param what      what it lists, for "See all …", e.g. "roles"
     * @param navKey    the sidebar entry its pages belong to: the overview it continues
     * @param crumbs    its breadcrumbs: down to the overview it continues
     * @param intro     AsciiDoc shown above the rows on its first page
     * @param table     every row
     * @param whenEmpty what to say when there are no rows
     */
    record FullList(String path, String title, String what, String navKey, List<Crumb> crumbs, String intro,
                    Tables table, String whenEmpty) {
    }

    private final Paging paging;
    /** The lists some overview linked to, by path, in the order they were first needed. */
    private final Map<String, FullList> needed = new LinkedHashMap<>();

    FullLists(Paging paging) {
        this.paging = paging;
    }

    /** The full table, shown where it fits one list page, else cut short and linked to its full list. */
    String preview(FullList full) {
        return preview(full.table(), full.whenEmpty(), full);
    }

    /**
     * A table with the same rows as a full list, shown whole where it fits one list page; else its first rows,
     * "Showing 50 of 300. See all …" and a link to the full list, which is then part of the site.
     */
    String preview(Tables shown, String whenEmpty, FullList full) {
        if (!paging.overflows(shown.size())) {
            return shown.render(whenEmpty);
        }
        needed.putIfAbsent(full.path(), full);
        return shown.render(0, paging.preview()) + Paging.more(paging.preview(), shown.size(), full.path(), full.what());
    }

    /** The pages of every full list some overview needed, each list linked page to page. */
    List<Page> pages() {
        List<Page> out = new ArrayList<>();
        for (FullList f : needed.values()) {
            out.addAll(Page.chain(new PagedList(paging, f.path(), f.title(), f.navKey(), f.crumbs(), "Register")
                    .opening(f.intro()).table(f.table(), f.whenEmpty()).pages()));
        }
        return out;
    }
}
