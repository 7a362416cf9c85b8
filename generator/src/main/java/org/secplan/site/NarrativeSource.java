package org.secplan.site;

import java.util.Objects;

/**
 * A narrative page of the plan, as read from {@code pages/*.adoc}.
 *
 * @param file    path relative to the plan directory, {@code /} separators
 * @param content the AsciiDoc text
 */
public record NarrativeSource(String file, String content) {
    public NarrativeSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
    }
}
