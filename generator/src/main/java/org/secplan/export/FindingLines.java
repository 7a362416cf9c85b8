package org.secplan.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.secplan.base.Severity;
import org.secplan.check.Finding;

/**
 * Findings as lines for people, the same from the CLI and in the Maven log: grouped by ISO 22342 clause (in number
 * order, 5.2.9 before 5.2.10), a heading per clause with its title and counts, then one line per finding with its
 * position first ({@code src/plan/controls.ttl:12}), so that terminals, IDE consoles and CI logs link it.
 */
public final class FindingLines {

    /** One line and the severity it is logged at (a heading takes its clause's worst). */
    public record Line(Severity level, boolean heading, String text) {
    }

    /** Orders clause numbers as numbers: 5.2.9 before 5.2.10. */
    public static final Comparator<String> CLAUSE_ORDER = (a, b) -> {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = compareParts(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    };

    private final Function<String, Optional<String>> clauseTitle;
    private final UnaryOperator<String> planPath;

    /**
     * @param clauseTitle the title of a clause by its number, when known
     * @param planPath a plan file (relative to the plan directory) as the reader reaches it
     */
    public FindingLines(Function<String, Optional<String>> clauseTitle, UnaryOperator<String> planPath) {
        this.clauseTitle = clauseTitle;
        this.planPath = planPath;
    }

    /** The headings and finding lines of {@code findings}. */
    public List<Line> lines(List<Finding> findings) {
        Map<String, List<Finding>> byClause = new TreeMap<>(CLAUSE_ORDER);
        for (Finding f : findings) {
            byClause.computeIfAbsent(f.clause(), c -> new ArrayList<>()).add(f);
        }
        List<Line> lines = new ArrayList<>();
        byClause.forEach((clause, list) -> {
            Severity worst = list.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow();
            lines.add(new Line(worst, true, "clause " + clause + clauseTitle.apply(clause).map(t -> " " + t).orElse("")
                    + " (" + counts(list) + ")"));
            for (Finding f : list) {
                lines.add(new Line(f.severity(), false, TerminalText.visible("  " + where(f) + "  " + f.severity()
                        + " " + f.checkId() + "  " + f.identifier() + "  " + message(f) + "  <" + f.focus() + ">")));
            }
        });
        return lines;
    }

    /** {@code src/plan/controls.ttl:12}, the file alone when the line is unknown, or {@code (no source)}. */
    public String where(Finding f) {
        if (f.file() == null || f.file().isBlank()) {
            return "(no source)";
        }
        return f.line() > 0 ? planPath.apply(f.file()) + ":" + f.line() : planPath.apply(f.file());
    }

    /** The message without the identifier it starts with, since the line shows the identifier already. */
    public static String message(Finding f) {
        String m = f.message();
        String prefix = f.identifier() + " ";
        return m.startsWith(prefix) && m.length() > prefix.length() ? m.substring(prefix.length()) : m;
    }

    /** {@code 1 error, 2 warnings, 0 infos}. */
    public static String counts(List<Finding> findings) {
        return count(findings, Severity.ERROR, "error") + ", " + count(findings, Severity.WARNING, "warning") + ", "
                + count(findings, Severity.INFO, "info");
    }

    private static String count(List<Finding> findings, Severity severity, String noun) {
        long n = findings.stream().filter(f -> f.severity() == severity).count();
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static int compareParts(String a, String b) {
        try {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }
}
