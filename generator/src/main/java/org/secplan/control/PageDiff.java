package org.secplan.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Compares the pages of two versions: which were added, removed or changed, and where a text page changed. */
final class PageDiff {

    private PageDiff() {
    }

    /** {@code path → text} (or {@code sha256:…} for a file that is not text), as {@link PlanSnapshot#pages()} gives them. */
    static List<PageChange> between(Map<String, String> previous, Map<String, String> current) {
        TreeSet<String> paths = new TreeSet<>(previous.keySet());
        paths.addAll(current.keySet());
        List<PageChange> changes = new ArrayList<>();
        for (String path : paths) {
            String before = previous.get(path);
            String after = current.get(path);
            if (before == null) {
                changes.add(new PageChange(EntityChange.Kind.added, path, ""));
            } else if (after == null) {
                changes.add(new PageChange(EntityChange.Kind.removed, path, ""));
            } else if (!before.equals(after)) {
                changes.add(new PageChange(EntityChange.Kind.changed, path,
                        path.endsWith(".adoc") ? where(before, after) : ""));
            }
        }
        return changes;
    }

    /** The lines of the later text that differ, between the first and the last line that changed. */
    private static String where(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        int head = 0;
        while (head < a.length && head < b.length && a[head].equals(b[head])) {
            head++;
        }
        int tail = 0;
        while (tail < a.length - head && tail < b.length - head
                && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
            tail++;
        }
        int first = head + 1;
        int last = b.length - tail;
        if (last < first) {
            return "lines removed after line " + head;
        }
        return first == last ? "line " + first : "lines " + first + "–" + last;
    }
}
