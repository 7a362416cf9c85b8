package org.secplan.plan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Limits on a narrative page that keep its conversion finite: its size, and how deep its delimited blocks nest
 * (Asciidoctor converts nested blocks recursively; a page nesting hundreds of them exhausts the stack).
 */
final class PageStructure {
    static final int MAX_DEPTH = 32;
    static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final Pattern DELIMITER = Pattern.compile("(={4,}|\\*{4,}|-{4,}|\\.{4,}|_{4,}|\\+{4,}|/{4,}|--|[|,:!]={3,})\\s*");
    /** Blocks whose content Asciidoctor does not parse for more blocks. */
    private static final Pattern VERBATIM = Pattern.compile("-{4,}|\\.{4,}|\\+{4,}|/{4,}");

    private PageStructure() {
    }

    /** The first limit the page exceeds, as a line number (0: the whole file) and a message. */
    static Optional<PlanProblemAt> problem(String text, int bytes) {
        if (bytes > MAX_BYTES) {
            return Optional.of(new PlanProblemAt(0, "the page is " + bytes / 1024 + " KB; a page may hold at most "
                    + MAX_BYTES / (1024 * 1024) + " MB: split it into several pages"));
        }
        Deque<String> open = new ArrayDeque<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!DELIMITER.matcher(line).matches()) {
                continue;
            }
            if (!open.isEmpty() && open.peek().equals(line)) {
                open.pop();
            } else if (open.isEmpty() || !VERBATIM.matcher(open.peek()).matches()) {
                open.push(line);
                if (open.size() > MAX_DEPTH) {
                    return Optional.of(new PlanProblemAt(i + 1, "delimited blocks nest " + open.size()
                            + " deep here; a page may nest at most " + MAX_DEPTH));
                }
            }
        }
        return Optional.empty();
    }

    record PlanProblemAt(int line, String message) {
    }
}
