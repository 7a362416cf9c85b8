package org.secplan.site;

import java.util.List;
import java.util.Objects;

/**
 * Everything a render produces before conversion: pages in reading order, static assets, the sidebar and the
 * document-control facts every page carries.
 *
 * @param title          the plan's title
 * @param classification label of the classification banner shown on every page (top and bottom)
 * @param version        the plan version shown in every footer, or null
 * @param view           the edition
 * @param nav            the sidebar
 * @param pages          every page, the home page first
 * @param assets         stylesheets, scripts and other files
 */
public record Site(String title, String classification, String version, View view, List<NavItem> nav,
                   List<Page> pages, List<Asset> assets) {
    public Site {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(view, "view");
        nav = List.copyOf(nav);
        pages = List.copyOf(pages);
        assets = List.copyOf(assets);
    }
}
