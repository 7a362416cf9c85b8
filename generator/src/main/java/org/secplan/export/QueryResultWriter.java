package org.secplan.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.secplan.base.Json;
import org.secplan.plan.PlanGraph;
import org.secplan.query.QueryResult;
import org.secplan.query.Term;

/**
 * Writes a query result in the one form secplan gives it, whether the CLI or the Maven plugin asked:
 * <ul>
 * <li>{@code table}, for people: aligned columns two spaces apart, a rule of dashes, IRIs in the plan's short form
 * ({@code ex:risk-1}), each value on one line, then the row count;</li>
 * <li>{@code csv}: the W3C SPARQL 1.1 CSV results format, that is RFC 4180 with a header row and {@code CRLF} line
 * ends; IRIs in full, literals as their lexical form, blank nodes as {@code _:label}, unbound variables empty;</li>
 * <li>{@code json}: the W3C SPARQL 1.1 query results JSON format ({@code head.vars}, {@code results.bindings}).</li>
 * </ul>
 */
public final class QueryResultWriter {

    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

    /** The output formats. */
    public enum Format {
        TABLE, CSV, JSON;

        /** Parses {@code table}, {@code csv} or {@code json}, in any case. */
        public static Format parse(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown query output format '" + name + "' (use table, csv or json)", e);
            }
        }
    }

    private final UnaryOperator<String> shortForm;

    /** A writer whose tables show IRIs in the short form of {@code plan}'s prefixes. */
    public QueryResultWriter(PlanGraph plan) {
        this(plan::shortForm);
    }

    /** A writer whose tables show IRIs in full. */
    public QueryResultWriter() {
        this(UnaryOperator.identity());
    }

    private QueryResultWriter(UnaryOperator<String> shortForm) {
        this.shortForm = shortForm;
    }

    /** Writes {@code result} to {@code out} in {@code format}. */
    public void write(QueryResult result, Format format, Writer out) {
        try {
            out.write(text(result, format));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code result} in {@code format}, as the text a file or a terminal gets. */
    public String text(QueryResult result, Format format) {
        return switch (format) {
            case TABLE -> String.join("\n", tableLines(result)) + "\n";
            case CSV -> csv(result);
            case JSON -> json(result);
        };
    }

    /** The table as lines without their line ends, for a log that writes line by line. */
    public List<String> tableLines(QueryResult result) {
        List<String> columns = result.columns();
        List<List<String>> cells = new ArrayList<>();
        for (Map<String, Term> row : result.rows()) {
            List<String> line = new ArrayList<>();
            for (String c : columns) {
                Term t = row.get(c);
                line.add(t == null ? "" : oneLine(t.isIri() ? shortForm.apply(t.value()) : t.toString()));
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
        List<String> lines = new ArrayList<>();
        lines.add(aligned(columns, widths));
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        lines.add(aligned(rule, widths));
        cells.forEach(line -> lines.add(aligned(line, widths)));
        int n = result.size();
        lines.add("(" + n + (n == 1 ? " row)" : " rows)"));
        return lines;
    }

    private static String aligned(List<String> values, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append("  ");
            }
            line.append(values.get(i)).append(" ".repeat(widths[i] - values.get(i).length()));
        }
        return line.toString().stripTrailing();
    }

    /** A table row is one line: line breaks inside a value would tear it apart. */
    private static String oneLine(String s) {
        return TerminalText.visible(s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
    }

    private static String csv(QueryResult result) {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", result.columns().stream().map(QueryResultWriter::csvField).toList())).append("\r\n");
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

    private static String json(QueryResult result) {
        StringWriter text = new StringWriter();
        Json json = new Json(text);
        json.beginObject();
        json.name("head").beginObject().name("vars").beginArray();
        result.columns().forEach(json::value);
        json.endArray().endObject();
        json.name("results").beginObject().name("bindings").beginArray();
        for (Map<String, Term> row : result.rows()) {
            json.beginObject();
            for (String c : result.columns()) {
                Term t = row.get(c);
                if (t != null) {
                    json.name(c);
                    term(json, t);
                }
            }
            json.endObject();
        }
        json.endArray().endObject();
        json.endObject();
        json.finish();
        return text.toString();
    }

    private static void term(Json json, Term t) {
        json.beginObject().member("type", switch (t.kind()) {
            case IRI -> "uri";
            case BLANK -> "bnode";
            case LITERAL -> "literal";
        });
        json.member("value", t.value());
        if (t.language() != null) {
            json.member("xml:lang", t.language());
        } else if (t.kind() == Term.Kind.LITERAL && t.datatype() != null && !t.datatype().equals(XSD_STRING)) {
            json.member("datatype", t.datatype());
        }
        json.endObject();
    }
}
