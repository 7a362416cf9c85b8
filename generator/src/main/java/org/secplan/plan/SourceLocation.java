package org.secplan.plan;

import java.util.Comparator;
import java.util.Objects;

/**
 * A position in a plan file.
 *
 * @param file   path relative to the plan directory, with '/' separators
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

    private static final Comparator<SourceLocation> ORDER = Comparator.comparing(SourceLocation::file)
            .thenComparingInt(SourceLocation::line)
            .thenComparingInt(SourceLocation::column);

    public SourceLocation {
        Objects.requireNonNull(file, "file");
    }

    @Override
    public int compareTo(SourceLocation other) {
        return ORDER.compare(this, other);
    }

    /** {@code file:line:col}, the form editors and CI logs turn into links; no line or column where none is known. */
    @Override
    public String toString() {
        return line <= 0 ? file : column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
