package org.secplan.site;

import java.util.Objects;

/**
 * One step of a page's breadcrumb trail.
 *
 * @param label what the reader sees
 * @param path  the site-relative path of the page it leads to ({@code /} separators, no leading slash)
 */
public record Crumb(String label, String path) {
    public Crumb {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(path, "path");
    }
}
