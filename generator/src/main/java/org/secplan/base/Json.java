package org.secplan.base;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * secplan's one JSON writer: streaming, two-space indentation, {@code \n} line ends, keys in the order written and
 * strings escaped per RFC 8259, so the same input always gives the same bytes. It needs no JSON library, so that
 * neither the CLI nor the plugin is tied to a JSON binding. Besides the streaming calls it writes a whole value
 * ({@link #text(Object)}) and offers its escaping to writers of compact JSON embedded in scripts
 * ({@link #appendScriptString}). Not thread-safe: one instance per document.
 */
public final class Json {

    private final Writer out;
    /** One entry per open container: true while it has no member yet. */
    private final Deque<Boolean> first = new ArrayDeque<>();
    private boolean afterName;

    public Json(Writer out) {
        this.out = out;
    }

    /** {@code value} — a Map (keys in its iteration order), List, String, Number, Boolean or null — as a document. */
    public static String text(Object value) {
        StringWriter text = new StringWriter();
        Json json = new Json(text);
        json.value(value);
        json.finish();
        return text.toString();
    }

    public Json beginObject() {
        return open('{');
    }

    public Json endObject() {
        return close('}');
    }

    public Json beginArray() {
        return open('[');
    }

    public Json endArray() {
        return close(']');
    }

    public Json name(String name) {
        separate();
        raw(quoted(name, false));
        raw(": ");
        afterName = true;
        return this;
    }

    public Json value(String value) {
        separate();
        raw(value == null ? "null" : quoted(value, false));
        return this;
    }

    public Json value(long value) {
        separate();
        raw(Long.toString(value));
        return this;
    }

    public Json value(boolean value) {
        separate();
        raw(Boolean.toString(value));
        return this;
    }

    /** Writes a Map, List, String, Number, Boolean or null, nested as deep as it goes; anything else as its string. */
    public Json value(Object value) {
        if (value == null || value instanceof String) {
            return value((String) value);
        }
        if (value instanceof Number || value instanceof Boolean) {
            separate();
            raw(value.toString());
            return this;
        }
        if (value instanceof Map<?, ?> map) {
            beginObject();
            map.forEach((k, v) -> name(String.valueOf(k)).value(v));
            return endObject();
        }
        if (value instanceof List<?> list) {
            beginArray();
            list.forEach(this::value);
            return endArray();
        }
        return value(value.toString());
    }

    public Json member(String name, String value) {
        return name(name).value(value);
    }

    public Json member(String name, long value) {
        return name(name).value(value);
    }

    /** Ends the document with a newline, as text files should. */
    public void finish() {
        raw("\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Appends {@code s} as a JSON string that is also safe inside an HTML {@code <script>}: {@code <}, {@code >} and
     * {@code &} are escaped as well, so no text of a plan can close the script element.
     */
    public static void appendScriptString(StringBuilder out, String s) {
        out.append(quoted(s, true));
    }

    /** A number as JSON writes it: whole numbers without a fraction, others in Java's shortest exact form. */
    public static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }

    private static String quoted(String s, boolean scriptSafe) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append(scriptSafe ? "\\u0008" : "\\b");
                case '\f' -> sb.append(scriptSafe ? "\\u000c" : "\\f");
                default -> {
                    // the line separators break JavaScript consumers of JSON; <, > and & break an HTML script
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || (scriptSafe && (c == '<' || c == '>' || c == '&'))) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private Json open(char bracket) {
        separate();
        raw(String.valueOf(bracket));
        first.push(Boolean.TRUE);
        return this;
    }

    private Json close(char bracket) {
        boolean empty = first.pop();
        if (!empty) {
            newline();
        }
        raw(String.valueOf(bracket));
        return this;
    }

    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (first.isEmpty()) {
            return;
        }
        if (!first.peek()) {
            raw(",");
        }
        first.pop();
        first.push(Boolean.FALSE);
        newline();
    }

    private void newline() {
        raw("\n" + "  ".repeat(first.size()));
    }

    private void raw(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
