package org.secplan.check;

import org.secplan.base.Severity;
import java.util.List;

/** The immutable outcome of checking a plan: its findings in a stable order. */
public record CheckReport(List<Finding> findings) {
    public CheckReport {
        findings = List.copyOf(findings);
    }

    /** The findings about one entity (by IRI), in report order. */
    public List<Finding> about(String focus) {
        return findings.stream().filter(f -> f.focus().equals(focus)).toList();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public long errors() {
        return count(Severity.ERROR);
    }

    public long warnings() {
        return count(Severity.WARNING);
    }

    public long infos() {
        return count(Severity.INFO);
    }

    /** True when at least one finding is as severe as {@code threshold} or more. */
    public boolean reaches(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().reaches(threshold));
    }

    public boolean isEmpty() {
        return findings.isEmpty();
    }
}
