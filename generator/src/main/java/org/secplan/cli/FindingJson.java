package org.secplan.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.secplan.check.CheckReport;
import org.secplan.check.Finding;

/**
 * Findings as JSON for tools. Public contract: {@code findings} holds objects with exactly the keys
 * {@code id, severity, clause, focus, identifier, message, file, line}; {@code summary} holds the counts.
 */
final class FindingJson {

    String write(CheckReport report, LocalDate asOf) {
        List<Object> findings = new ArrayList<>();
        for (Finding f : report.findings()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", f.checkId());
            o.put("severity", f.severity().name());
            o.put("clause", f.clause());
            o.put("focus", f.focus());
            o.put("identifier", f.identifier());
            o.put("message", f.message());
            o.put("file", f.file());
            o.put("line", f.line());
            findings.add(o);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("total", report.findings().size());
        summary.put("errors", report.errors());
        summary.put("warnings", report.warnings());
        summary.put("infos", report.infos());
        summary.put("asOf", asOf.toString());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("findings", findings);
        root.put("summary", summary);
        return Json.write(root);
    }
}
