package org.secplan.render;

/** A link found on a page, to be checked once every page is known. */
public record PageLink(String fromPage, String fromSource, String targetPath, String fragment, String href) {
}
