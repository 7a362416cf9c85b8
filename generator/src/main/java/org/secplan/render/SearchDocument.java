package org.secplan.render;

/** What the search index holds for one page. */
public record SearchDocument(String path, String title, String identifier, String kind, String excerpt,
                             String text) {
}
