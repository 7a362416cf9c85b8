package org.secplan.build;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prefixes a user's own query may use without declaring them — {@code sp:}, {@code rdfs:}, {@code dcterms:} and
 * the rest of secplan's vocabulary — so that {@code SELECT ?r WHERE { ?r a sp:Risk }} means the same from the CLI,
 * the Maven plugin and the library. A prefix the query declares itself keeps the query's meaning.
 */
final class DefaultPrefixes {

    /** Prefix name to namespace, in the order they are declared. */
    private static final List<Map.Entry<String, String>> PREFIXES = List.of(
            Map.entry("sp", "https://w3id.org/secplan/ns#"),
            Map.entry("spk", "https://w3id.org/secplan/concept/"),
            Map.entry("clause", "https://w3id.org/secplan/clause/"),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("dcterms", "http://purl.org/dc/terms/"));

    private static final Pattern DECLARATION = Pattern.compile("(?i)\\bPREFIX\\s+([A-Za-z][\\w.-]*)?\\s*:");

    private DefaultPrefixes() {
    }

    /**
     * {@code sparql} behind the declarations of the default prefixes it does not declare itself. They take one line,
     * so a syntax error below it is reported one line further down than the user wrote it.
     */
    static String addTo(String sparql) {
        Set<String> declared = new HashSet<>();
        Matcher declaration = DECLARATION.matcher(sparql);
        while (declaration.find()) {
            declared.add(declaration.group(1) == null ? "" : declaration.group(1));
        }
        Map<String, String> missing = new LinkedHashMap<>();
        PREFIXES.stream().filter(p -> !declared.contains(p.getKey())).forEach(p -> missing.put(p.getKey(), p.getValue()));
        if (missing.isEmpty()) {
            return sparql;
        }
        StringBuilder prologue = new StringBuilder();
        missing.forEach((prefix, iri) -> prologue.append(prologue.isEmpty() ? "" : " ")
                .append("PREFIX ").append(prefix).append(": <").append(iri).append('>'));
        return prologue.append('\n').append(sparql).toString();
    }
}
