package org.secplan.render;

import org.secplan.base.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's search index, prebuilt: the serialized form of a MiniSearch 7 index (what {@code toJSON()} produces,
 * serialization version 2), written as a script that assigns it to {@code window.SECPLAN_SEARCH}, so that it loads
 * from {@code file://} where fetching JSON is blocked. The tokenizer here and the one in {@code secplan.js} must stay
 * the same: compound identifiers such as {@code r-012} or {@code 5.3.5} are kept whole as well as split into their
 * words, so an exact identifier finds its page first.
 */
final class SearchIndex {
    static final List<String> FIELDS = List.of("title", "identifier", "kind", "text");
    private static final Pattern COMPOUND = Pattern.compile("[\\p{L}\\p{N}]+(?:[-_./:][\\p{L}\\p{N}]+)+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private SearchIndex() {
    }

    /** Same as {@code tokenize} in secplan.js. */
    static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = COMPOUND.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static byte[] script(List<SearchDocument> docs) {
        // term -> its postings; terms are sorted when written, fields in order, and documents come in id order, so
        // that the output is byte-for-byte repeatable
        Map<String, Postings> index = new HashMap<>();
        double[] average = new double[FIELDS.size()];
        StringBuilder documentIds = new StringBuilder("{");
        StringBuilder fieldLength = new StringBuilder("{");
        StringBuilder stored = new StringBuilder("{");
        for (int id = 0; id < docs.size(); id++) {
            SearchDocument d = docs.get(id);
            String[] values = {d.title(), d.identifier(), d.kind(), d.text()};
            if (id > 0) {
                documentIds.append(',');
                fieldLength.append(',');
                stored.append(',');
            }
            documentIds.append('"').append(id).append("\":");
            Json.appendScriptString(documentIds, d.path());
            fieldLength.append('"').append(id).append("\":[");
            for (int f = 0; f < values.length; f++) {
                List<String> tokens = tokenize(values[f]);
                Set<String> unique = new LinkedHashSet<>(tokens);
                // MiniSearch's running average, computed the same way so that scores match a browser-built index
                average[f] = (average[f] * id + unique.size()) / (id + 1);
                fieldLength.append(f > 0 ? "," : "").append(unique.size());
                Map<String, Integer> frequencies = new LinkedHashMap<>();
                for (String t : tokens) {
                    frequencies.merge(t.toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
                for (Map.Entry<String, Integer> term : frequencies.entrySet()) {
                    index.computeIfAbsent(term.getKey(), k -> new Postings()).add(f, id, term.getValue());
                }
            }
            fieldLength.append(']');
            stored.append('"').append(id).append("\":{\"path\":");
            Json.appendScriptString(stored, d.path());
            stored.append(",\"title\":");
            Json.appendScriptString(stored, d.title());
            stored.append(",\"identifier\":");
            Json.appendScriptString(stored, d.identifier());
            stored.append(",\"kind\":");
            Json.appendScriptString(stored, d.kind());
            stored.append(",\"excerpt\":");
            Json.appendScriptString(stored, d.excerpt());
            stored.append('}');
        }
        documentIds.append('}');
        fieldLength.append('}');
        stored.append('}');
        StringBuilder out = new StringBuilder(1 << 16);
        out.append("/* secplan search index: MiniSearch 7 serialized index (version 2). Generated; do not edit. */\n");
        out.append("window.SECPLAN_SEARCH = {\"documentCount\":").append(docs.size())
                .append(",\"nextId\":").append(docs.size())
                .append(",\"documentIds\":").append(documentIds)
                .append(",\"fieldIds\":{");
        for (int f = 0; f < FIELDS.size(); f++) {
            out.append(f > 0 ? "," : "").append('"').append(FIELDS.get(f)).append("\":").append(f);
        }
        out.append("},\"fieldLength\":").append(fieldLength)
                .append(",\"averageFieldLength\":[");
        for (int f = 0; f < average.length; f++) {
            out.append(f > 0 ? "," : "").append(Json.number(average[f]));
        }
        out.append("],\"storedFields\":").append(stored)
                .append(",\"dirtCount\":0,\"index\":[");
        boolean first = true;
        List<String> terms = new ArrayList<>(index.keySet());
        java.util.Collections.sort(terms);
        for (String term : terms) {
            out.append(first ? "" : ",").append("\n[");
            first = false;
            Json.appendScriptString(out, term);
            out.append(",{");
            index.get(term).appendJson(out);
            out.append("}]");
        }
        out.append("\n],\"serializationVersion\":2};\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Where one term occurs: per field, (document id, frequency) pairs in id order, as plain ints. A site of 44,000
     * pages has tens of millions of them; boxed in maps they would not fit a 2 GB heap.
     */
    private static final class Postings {
        private final int[][] byField = new int[FIELDS.size()][];
        private final int[] sizes = new int[FIELDS.size()];

        void add(int field, int document, int frequency) {
            int[] list = byField[field];
            if (list == null) {
                list = new int[4];
            } else if (sizes[field] + 2 > list.length) {
                list = java.util.Arrays.copyOf(list, list.length * 2);
            }
            list[sizes[field]++] = document;
            list[sizes[field]++] = frequency;
            byField[field] = list;
        }

        /** {@code "field":{"doc":freq,...},...} for the fields the term occurs in, in field order. */
        void appendJson(StringBuilder out) {
            boolean firstField = true;
            for (int f = 0; f < byField.length; f++) {
                if (byField[f] == null) {
                    continue;
                }
                out.append(firstField ? "" : ",").append('"').append(f).append("\":{");
                firstField = false;
                for (int i = 0; i < sizes[f]; i += 2) {
                    out.append(i == 0 ? "" : ",").append('"').append(byField[f][i]).append("\":")
                            .append(byField[f][i + 1]);
                }
                out.append('}');
            }
        }
    }
}
