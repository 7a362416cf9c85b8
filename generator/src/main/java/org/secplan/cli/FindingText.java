package org.secplan.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.secplan.check.CheckReport;
import org.secplan.check.Finding;
import org.secplan.plan.PlanGraph;

/** Findings as text for people: grouped by clause (number and title), one line each, then a count. */
final class FindingText {

    private final PlanGraph plan;

    FindingText(PlanGraph plan) {
        this.plan = plan;
    }

    String write(CheckReport report) {
        StringBuilder out = new StringBuilder();
        Map<String, List<Finding>> byClause = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            byClause.computeIfAbsent(f.clause(), c -> new java.util.ArrayList<>()).add(f);
        }
        byClause.forEach((clause, findings) -> {
            out.append(clause).append(plan.clauseTitle(clause).map(t -> " " + t).orElse("")).append('\n');
            for (Finding f : findings) {
                out.append("  ").append(String.format(Locale.ROOT, "%-7s", f.severity().name()));
                if (f.file() != null) {
                    out.append(' ').append(f.file()).append(':').append(f.line());
                }
                out.append(' ').append(f.message()).append(" [").append(f.checkId()).append("]\n");
            }
            out.append('\n');
        });
        out.append(summary(report)).append('\n');
        return out.toString();
    }

    static String summary(CheckReport report) {
        int n = report.findings().size();
        return n + (n == 1 ? " finding: " : " findings: ")
                + plural(report.errors(), "error", "errors") + ", "
                + plural(report.warnings(), "warning", "warnings") + ", "
                + report.infos() + " info";
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
