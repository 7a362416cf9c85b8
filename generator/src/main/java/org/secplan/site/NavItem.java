package org.secplan.site;

import java.util.List;
import java.util.Objects;

/**
 * An entry of the sidebar: a heading with its links. The sidebar holds the four parts of the plan, the registers
 * and the narrative pages, never one link per entity, so every page's navigation stays small.
 *
 * @param label   heading or link text
 * @param path    site-relative path, or null for a heading without a page
 * @param key     the navigation key that pages of this entry carry (see {@link Page#navKey()})
 * @param children links under the heading
 */
public record NavItem(String label, String path, String key, List<NavItem> children) {
    public NavItem {
        Objects.requireNonNull(label, "label");
        children = List.copyOf(children);
    }

    public static NavItem link(String label, String path, String key) {
        return new NavItem(label, path, key, List.of());
    }
}
