package org.secplan.synth;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * A streaming Turtle writer for plan data: one subject block at a time, written straight to the underlying
 * writer, so a plan of any size is written without building a model first. It writes prefixed names exactly as
 * given (the caller uses local names that are valid in Turtle) and escapes every string literal.
 */
final class TurtleWriter implements Closeable {

    private static final String INDENT = "    ";

    private final Writer out;
    private boolean inSubject;

    TurtleWriter(Writer out) {
        this.out = out;
    }

    TurtleWriter comment(String text) {
        for (String line : text.split("\n", -1)) {
            write(line.isEmpty() ? "#\n" : "# " + line + "\n");
        }
        return this;
    }

    TurtleWriter prefix(String prefix, String namespace) {
        write("@prefix " + prefix + ": <" + namespace + "> .\n");
        return this;
    }

    TurtleWriter blankLine() {
        write("\n");
        return this;
    }

    /** Starts a subject block: {@code name a type1, type2}. */
    TurtleWriter subject(String name, String... types) {
        if (inSubject) {
            throw new IllegalStateException("subject " + name + " started before the previous one ended");
        }
        inSubject = true;
        write(name);
        write(" a ");
        write(String.join(", ", types));
        return this;
    }

    /** Ends the current subject block. */
    TurtleWriter end() {
        write(" .\n\n");
        inSubject = false;
        return this;
    }

    TurtleWriter ref(String predicate, String object) {
        predicate(predicate);
        write(object);
        return this;
    }

    TurtleWriter refs(String predicate, Collection<String> objects) {
        if (objects.isEmpty()) {
            return this;
        }
        predicate(predicate);
        write(String.join(" , ", objects));
        return this;
    }

    TurtleWriter str(String predicate, String value) {
        predicate(predicate);
        write(quote(value));
        return this;
    }

    TurtleWriter strs(String predicate, List<String> values) {
        if (values.isEmpty()) {
            return this;
        }
        predicate(predicate);
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                write(" ,\n" + INDENT + INDENT);
            }
            write(quote(values.get(i)));
        }
        return this;
    }

    TurtleWriter date(String predicate, LocalDate value) {
        predicate(predicate);
        write("\"" + value + "\"^^xsd:date");
        return this;
    }

    TurtleWriter duration(String predicate, String value) {
        predicate(predicate);
        write("\"" + value + "\"^^xsd:duration");
        return this;
    }

    TurtleWriter bool(String predicate, boolean value) {
        predicate(predicate);
        write(Boolean.toString(value));
        return this;
    }

    /** Nested blank nodes, each {@code [ a type ; p1 o1 ; p2 o2 ]} with objects already in Turtle syntax. */
    TurtleWriter blanks(String predicate, String type, List<String[]> nodes) {
        if (nodes.isEmpty()) {
            return this;
        }
        predicate(predicate);
        for (int i = 0; i < nodes.size(); i++) {
            if (i > 0) {
                write(" ,\n" + INDENT + INDENT);
            }
            String[] pairs = nodes.get(i);
            StringBuilder b = new StringBuilder("[ a ").append(type);
            for (int p = 0; p + 1 < pairs.length; p += 2) {
                b.append(" ; ").append(pairs[p]).append(' ').append(pairs[p + 1]);
            }
            write(b.append(" ]").toString());
        }
        return this;
    }

    private void predicate(String predicate) {
        if (!inSubject) {
            throw new IllegalStateException("property " + predicate + " outside a subject");
        }
        write(" ;\n" + INDENT + predicate + " ");
    }

    /** A Turtle short string literal with every character that needs it escaped. */
    static String quote(String value) {
        StringBuilder b = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
