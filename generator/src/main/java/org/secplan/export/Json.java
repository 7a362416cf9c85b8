package org.secplan.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A minimal streaming JSON writer with two-space indentation; enough for our reports and free of any
 * library, so that the export package does not tie the CLI or the plugin to a JSON binding.
 * Not thread-safe: one instance per document.
 */
final class Json {

    private final Writer out;
    /** One entry per open container: true while it has no member yet. */
    private final Deque<Boolean> first = new ArrayDeque<>();
    private boolean afterName;

    Json(Writer out) {
        this.out = out;
    }

    Json beginObject() {
        return open('{');
    }

    Json endObject() {
        return close('}');
    }

    Json beginArray() {
        return open('[');
    }

    Json endArray() {
        return close(']');
    }

    Json name(String name) {
        separate();
        string(name);
        raw(": ");
        afterName = true;
        return this;
    }

    Json value(String value) {
        separate();
        if (value == null) {
            raw("null");
        } else {
            string(value);
        }
        return this;
    }

    Json value(long value) {
        separate();
        raw(Long.toString(value));
        return this;
    }

    Json value(boolean value) {
        separate();
        raw(Boolean.toString(value));
        return this;
    }

    Json member(String name, String value) {
        return name(name).value(value);
    }

    Json member(String name, long value) {
        return name(name).value(value);
    }

    /** Ends the document with a newline, as text files should. */
    void finish() {
        raw("\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        StringBuilder sb = new StringBuilder("\n");
        sb.append("  ".repeat(first.size()));
        raw(sb.toString());
    }

    private void string(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    // Also escape the line separators that break JavaScript consumers of JSON.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        raw(sb.append('"').toString());
    }

    private void raw(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
