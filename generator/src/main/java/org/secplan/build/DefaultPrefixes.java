package org.secplan.build;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.secplan.plan.Vocabulary;

/**
 * The prefixes a user's own query may use without declaring them — {@code sp:}, {@code rdfs:}, {@code dcterms:} and
 * the rest of secplan's vocabulary — so that {@code SELECT ?r WHERE { ?r a sp:Risk }} means the same from the CLI,
 * the Maven plugin and the library. A prefix the query declares itself keeps the query's meaning.
 */
final class DefaultPrefixes {

    /** Prefix name to namespace, in the order they are declared. */
    private static final List<Map.Entry<String, String>> PREFIXES = List.of(
            Map.entry("sp", Vocabulary.SP),
            Map.entry("spk", Vocabulary.SPK),
            Map.entry("clause", Vocabulary.CLAUSE),
            Map.entry("rdf", Vocabulary.RDF),
            Map.entry("rdfs", Vocabulary.RDFS),
            Map.entry("xsd", Vocabulary.XSD),
            Map.entry("skos", Vocabulary.SKOS),
            Map.entry("dcterms", Vocabulary.DCT));

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
