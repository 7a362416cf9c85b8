package org.secplan.maven;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.maven.plugin.logging.Log;
import org.secplan.check.Finding;
import org.secplan.base.Severity;

/**
 * Writes findings to the Maven log, grouped by ISO 22342 clause, one line per finding with its position first
 * ({@code src/plan/controls.ttl:12}) so that IDE consoles and CI logs link it.
 */
final class FindingLog {

    /** Orders clause numbers as numbers: 5.2.9 before 5.2.10. */
    static final Comparator<String> CLAUSE_ORDER = (a, b) -> {
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

    private final Log log;
    private final Function<String, String> clauseTitle;
    private final Function<String, String> planPath;

    /**
     * @param clauseTitle the title of a clause number, or null when unknown
     * @param planPath a plan file (relative to the plan directory) as the user sees it
     */
    FindingLog(Log log, Function<String, String> clauseTitle, Function<String, String> planPath) {
        this.log = log;
        this.clauseTitle = clauseTitle;
        this.planPath = planPath;
    }

    void log(List<Finding> findings) {
        Map<String, List<Finding>> byClause = new TreeMap<>(CLAUSE_ORDER);
        for (Finding f : findings) {
            byClause.computeIfAbsent(f.clause(), c -> new ArrayList<>()).add(f);
        }
        byClause.forEach((clause, list) -> {
            Severity worst = list.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow();
            String title = clauseTitle.apply(clause);
            emit(worst, "secplan: clause " + clause + (title == null ? "" : " " + title) + " (" + counts(list) + ")");
            for (Finding f : list) {
                emit(f.severity(), "  " + where(f) + "  " + f.severity() + " " + f.checkId() + "  " + f.identifier()
                        + "  " + message(f) + "  <" + f.focus() + ">");
            }
        });
    }

    /** {@code src/plan/controls.ttl:12}, or the plan-relative file when the line is unknown. */
    String where(Finding f) {
        if (f.file() == null || f.file().isBlank()) {
            return "(no source)";
        }
        return f.line() > 0 ? planPath.apply(f.file()) + ":" + f.line() : planPath.apply(f.file());
    }

    /** The message without the identifier it starts with, since the line shows the identifier already. */
    static String message(Finding f) {
        String m = f.message();
        String prefix = f.identifier() + " ";
        return m.startsWith(prefix) && m.length() > prefix.length() ? m.substring(prefix.length()) : m;
    }

    void emit(Severity severity, String line) {
        switch (severity) {
            case ERROR -> log.error(line);
            case WARNING -> log.warn(line);
            case INFO -> log.info(line);
        }
    }

    /** {@code 1 error, 2 warnings, 0 infos}. */
    static String counts(List<Finding> findings) {
        long e = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long w = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long i = findings.stream().filter(f -> f.severity() == Severity.INFO).count();
        return AbstractSecplanMojo.count(e, "error") + ", " + AbstractSecplanMojo.count(w, "warning") + ", "
                + AbstractSecplanMojo.count(i, "info");
    }

    private static int compareParts(String a, String b) {
        try {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }
}
