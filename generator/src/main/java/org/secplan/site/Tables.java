package org.secplan.site;

import java.util.ArrayList;
import java.util.List;

/**
 * An AsciiDoc table under construction. Cells are AsciiDoc already (escaped text or links made by {@link Adoc}).
 */
final class Tables {
    private final List<String> headers;
    private final String cols;
    private final String role;
    private final List<List<String>> rows = new ArrayList<>();

    Tables(String cols, String role, String... headers) {
        this.cols = cols;
        this.role = role;
        this.headers = List.of(headers);
    }

    Tables row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    int size() {
        return rows.size();
    }

    /** The table, or the given sentence (escaped) when it has no rows. */
    String render(String whenEmpty) {
        if (rows.isEmpty()) {
            return "[.sp-empty]\n" + Adoc.text(whenEmpty) + "\n\n";
        }
        return render(0, rows.size());
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) under the table's header: one page of a long table. */
    String render(int from, int to) {
        if (from < 0 || to > rows.size() || from >= to) {
            throw new IndexOutOfBoundsException("rows " + from + " to " + to + " of " + rows.size());
        }
        StringBuilder out = new StringBuilder();
        out.append("[").append(role == null ? "" : "." + role).append(",cols=\"").append(cols)
                .append("\",options=\"header\"]\n|===\n");
        for (String h : headers) {
            out.append("|").append(Adoc.text(h)).append(' ');
        }
        out.append("\n\n");
        for (List<String> row : rows.subList(from, to)) {
            for (String c : row) {
                out.append("| ").append(c.replace("\n", " ")).append('\n');
            }
            out.append('\n');
        }
        out.append("|===\n\n");
        return out.toString();
    }
}
