package org.secplan.query;

import java.util.List;
import java.util.Set;

/**
 * The functions secplan lets a query call: pure ones that read nothing but their arguments (XPath {@code fn:} and
 * {@code math:}, {@code xsd:} casts and a few {@code afn:} string and math helpers), and RDF list access as the
 * only property functions. Everything else — {@code java:} classes, {@code afn:wait}, system properties, custom
 * aggregates — could sleep, loop or reach the machine, so it is refused.
 */
final class SafeFunctions {

    static final String LIST_MEMBER = "http://jena.apache.org/ARQ/list#member";
    static final String LIST_INDEX = "http://jena.apache.org/ARQ/list#index";
    static final String LIST_LENGTH = "http://jena.apache.org/ARQ/list#length";
    static final Set<String> LIST_PROPERTY_FUNCTIONS = Set.of(LIST_MEMBER, LIST_INDEX, LIST_LENGTH);

    private static final String FN = "http://www.w3.org/2005/xpath-functions#";
    private static final String MATH = "http://www.w3.org/2005/xpath-functions/math#";
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final String AFN = "http://jena.apache.org/ARQ/function#";
    private static final Set<String> SAFE_AFN = Set.of("localname", "namespace", "min", "max", "pi", "e", "sqrt",
            "strjoin", "substr", "substring", "sprintf", "isBlank", "isURI", "isLiteral", "bnode", "sha1sum");
    /** Where ARQ looks for property functions, including classes it would load by name. */
    private static final List<String> PROPERTY_FUNCTION_NAMESPACES = List.of("http://jena.apache.org/ARQ/",
            "java:", "http://jena.hpl.hp.com/ARQ/");

    private SafeFunctions() {
    }

    static boolean isSafeFunction(String iri) {
        if (iri == null) {
            return false;
        }
        if (iri.startsWith(FN) || iri.startsWith(MATH) || iri.startsWith(XSD)) {
            return true;
        }
        return iri.startsWith(AFN) && SAFE_AFN.contains(iri.substring(AFN.length()));
    }

    /** Whether ARQ could take a predicate with this IRI for a property function rather than a plain triple. */
    static boolean looksLikePropertyFunction(String iri) {
        return PROPERTY_FUNCTION_NAMESPACES.stream().anyMatch(iri::startsWith);
    }
}
