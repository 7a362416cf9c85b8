package org.secplan.export;

import org.secplan.base.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.secplan.query.QueryResult;
import org.secplan.query.Term;

/**
 * Writes a query result as a text table, as CSV (RFC 4180, a header row, {@code \n} line ends) or as JSON
 * (an object with {@code columns} and {@code rows}, each row an object from column to value, {@code null}
 * where a variable is unbound). Values are the IRI or the lexical form of a literal.
 */
public final class QueryResultWriter {

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

    /** Writes {@code result} to {@code out} in {@code format}. */
    public void write(QueryResult result, Format format, Writer out) {
        switch (format) {
            case TABLE -> table(result, out);
            case CSV -> csv(result, out);
            case JSON -> json(result, out);
        }
    }

    /** The rows as lines of a text table (a header, a rule, the rows), for a log or a terminal. */
    public List<String> tableLines(QueryResult result) {
        List<String> columns = result.columns();
        int[] width = new int[columns.size()];
        List<String[]> cells = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            width[c] = columns.get(c).length();
        }
        for (Map<String, Term> row : result.rows()) {
            String[] line = new String[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                line[c] = oneLine(value(row.get(columns.get(c))));
                width[c] = Math.max(width[c], line[c].length());
            }
            cells.add(line);
        }
        List<String> lines = new ArrayList<>();
        lines.add(pad(columns.toArray(String[]::new), width));
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            rule.append(c == 0 ? "" : "-+-").append("-".repeat(width[c]));
        }
        lines.add(rule.toString());
        cells.forEach(line -> lines.add(pad(line, width)));
        lines.add("(" + result.rows().size() + (result.rows().size() == 1 ? " row)" : " rows)"));
        return lines;
    }

    private void table(QueryResult result, Writer out) {
        StringBuilder sb = new StringBuilder();
        tableLines(result).forEach(l -> sb.append(l).append('\n'));
        write(out, sb.toString());
    }

    private void csv(QueryResult result, Writer out) {
        StringBuilder sb = new StringBuilder();
        List<String> columns = result.columns();
        for (int c = 0; c < columns.size(); c++) {
            sb.append(c == 0 ? "" : ",").append(csvField(columns.get(c)));
        }
        sb.append('\n');
        for (Map<String, Term> row : result.rows()) {
            for (int c = 0; c < columns.size(); c++) {
                sb.append(c == 0 ? "" : ",").append(csvField(value(row.get(columns.get(c)))));
            }
            sb.append('\n');
        }
        write(out, sb.toString());
    }

    private void json(QueryResult result, Writer out) {
        Json json = new Json(out);
        json.beginObject().name("columns").beginArray();
        result.columns().forEach(json::value);
        json.endArray().name("rows").beginArray();
        for (Map<String, Term> row : result.rows()) {
            json.beginObject();
            for (String column : result.columns()) {
                Term t = row.get(column);
                json.member(column, t == null ? null : t.value());
            }
            json.endObject();
        }
        json.endArray().endObject();
        json.finish();
    }

    private static String value(Term t) {
        return t == null || t.value() == null ? "" : t.value();
    }

    private static String oneLine(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    private static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String pad(String[] cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                sb.append(" | ");
            }
            sb.append(cells[c]);
            if (c < cells.length - 1) {
                sb.append(" ".repeat(width[c] - cells[c].length()));
            }
        }
        return sb.toString();
    }

    private static void write(Writer out, String s) {
        try {
            out.write(s);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
