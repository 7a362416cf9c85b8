package org.secplan.cli;

import org.secplan.base.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.secplan.plan.PlanGraph;
import org.secplan.query.QueryResult;
import org.secplan.query.Term;

/** Query results as an aligned table (for people), CSV (RFC 4180) or W3C SPARQL results JSON. */
final class ResultFormats {

    private ResultFormats() {
    }

    static String table(QueryResult result, PlanGraph plan) {
        List<String> columns = result.columns();
        List<List<String>> cells = new ArrayList<>();
        for (Map<String, Term> row : result.rows()) {
            List<String> line = new ArrayList<>();
            for (String c : columns) {
                Term t = row.get(c);
                line.add(t == null ? "" : t.isIri() ? plan.shortForm(t.value()) : t.toString());
            }
            cells.add(line);
        }
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).length();
            for (List<String> line : cells) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        appendRow(out, columns, widths);
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        appendRow(out, rule, widths);
        cells.forEach(line -> appendRow(out, line, widths));
        int n = result.size();
        out.append('(').append(n).append(n == 1 ? " row)" : " rows)").append('\n');
        return out.toString();
    }

    private static void appendRow(StringBuilder out, List<String> values, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append("  ");
            }
            line.append(values.get(i)).append(" ".repeat(widths[i] - values.get(i).length()));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    static String csv(QueryResult result) {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", result.columns().stream().map(ResultFormats::csvField).toList())).append("\r\n");
        for (Map<String, Term> row : result.rows()) {
            List<String> fields = new ArrayList<>();
            for (String c : result.columns()) {
                Term t = row.get(c);
                fields.add(t == null ? "" : csvField(t.toString()));
            }
            out.append(String.join(",", fields)).append("\r\n");
        }
        return out.toString();
    }

    private static String csvField(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    static String json(QueryResult result) {
        List<Object> bindings = new ArrayList<>();
        for (Map<String, Term> row : result.rows()) {
            Map<String, Object> binding = new LinkedHashMap<>();
            for (String c : result.columns()) {
                Term t = row.get(c);
                if (t != null) {
                    binding.put(c, term(t));
                }
            }
            bindings.add(binding);
        }
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("vars", result.columns());
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("bindings", bindings);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("head", head);
        root.put("results", results);
        return Json.text(root);
    }

    private static Map<String, Object> term(Term t) {
        Map<String, Object> o = new LinkedHashMap<>();
        switch (t.kind()) {
            case IRI -> o.put("type", "uri");
            case BLANK -> o.put("type", "bnode");
            case LITERAL -> o.put("type", "literal");
        }
        o.put("value", t.value());
        if (t.language() != null) {
            o.put("xml:lang", t.language());
        } else if (t.datatype() != null && t.kind() == Term.Kind.LITERAL
                && !t.datatype().equals("http://www.w3.org/2001/XMLSchema#string")) {
            o.put("datatype", t.datatype());
        }
        return o;
    }
}
