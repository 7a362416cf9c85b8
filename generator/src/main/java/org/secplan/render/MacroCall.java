package org.secplan.render;

import java.util.Map;
import java.util.TreeMap;

/**
 * One use of a plan macro on a page: which macro, its target and its attributes. Enough to run the macro again
 * without Asciidoctor, which is how a cached page is checked against the current plan (see {@link MacroReplay}).
 *
 * @param macro      one of the constants below
 * @param target     the macro's target (for an inline query block, its SPARQL)
 * @param attributes the attributes Asciidoctor parsed, as text, in key order
 */
record MacroCall(String macro, String target, Map<String, String> attributes) {
    static final String ENTITY = "entity";
    static final String TRACE = "trace";
    static final String HEATMAP = "heatmap";
    static final String QUERY = "query";
    static final String QUERY_BLOCK = "query-block";

    MacroCall {
        attributes = java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /** Asciidoctor's attribute values as text (the macros read them as text anyway); absent values dropped. */
    static Map<String, String> strings(Map<String, Object> attributes) {
        Map<String, String> out = new TreeMap<>();
        attributes.forEach((k, v) -> {
            if (k != null && v != null) {
                out.put(k, String.valueOf(v));
            }
        });
        return out;
    }
}
