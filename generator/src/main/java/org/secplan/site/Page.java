package org.secplan.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One page of the site, before rendering.
 *
 * @param path       site-relative path of the HTML file, e.g. {@code e/R-012.html}
 * @param title      the page title (plain text; becomes the page's only {@code h1})
 * @param navKey     which sidebar entry is current on this page
 * @param crumbs     breadcrumb trail from the home page down to (not including) this page
 * @param asciidoc   the body as AsciiDoc; labels from the graph are already escaped (see {@link Adoc})
 * @param sourceFile for a narrative page, its file relative to the plan directory; null for generated pages
 * @param kind       what the page is, for search results: a type label, "Register", "Part", "Page"
 * @param identifier the entity identifier the page presents, or null
 * @param previous   site-relative path of the previous page in reading order, or null
 * @param next       site-relative path of the next page in reading order, or null
 * @param searchable false for a page that only continues a list begun on an earlier page: the list is found
 *                   through its first page and each row's element through its own page, so indexing the
 *                   continuation pages would only repeat hits (a register of 10,000 risks has 49 of them)
 */
public record Page(String path, String title, String navKey, List<Crumb> crumbs, String asciidoc,
                   String sourceFile, String kind, String identifier, String previous, String next,
                   boolean searchable) {
    public Page {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(asciidoc, "asciidoc");
        Objects.requireNonNull(kind, "kind");
        crumbs = List.copyOf(crumbs);
        if (path.startsWith("/") || path.contains("..") || path.contains("\\") || !path.endsWith(".html")) {
            throw new IllegalArgumentException("not a site-relative page path: '" + path + "'");
        }
    }

    /** A page that the search index holds. */
    public Page(String path, String title, String navKey, List<Crumb> crumbs, String asciidoc,
                String sourceFile, String kind, String identifier, String previous, String next) {
        this(path, title, navKey, crumbs, asciidoc, sourceFile, kind, identifier, previous, next, true);
    }

    /** Links each page to its neighbours in the given order. */
    public static List<Page> chain(List<Page> pages) {
        List<Page> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            out.add(pages.get(i).withNeighbours(i > 0 ? pages.get(i - 1).path() : null,
                    i < pages.size() - 1 ? pages.get(i + 1).path() : null));
        }
        return out;
    }

    public Page withNeighbours(String previous, String next) {
        return new Page(path, title, navKey, crumbs, asciidoc, sourceFile, kind, identifier, previous, next, searchable);
    }
}
