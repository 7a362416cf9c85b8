package org.secplan.control;

/**
 * A file of the plan's {@code pages/} folder added, removed or changed between two versions.
 *
 * @param kind   what happened to it
 * @param path   its path in the plan directory, e.g. {@code pages/introduction.adoc}
 * @param detail for a changed text page, where it changed ("lines 12–14"); empty otherwise
 */
public record PageChange(EntityChange.Kind kind, String path, String detail) {

    public String describe() {
        return "page " + path + " " + kind + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
