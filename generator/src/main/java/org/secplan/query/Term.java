package org.secplan.query;

import java.util.Objects;

/**
 * One RDF term in a query result, free of Jena types.
 *
 * @param kind     IRI, LITERAL or BLANK
 * @param value    the IRI, the literal's lexical form, or the blank node's label
 * @param datatype the literal's datatype IRI; null for IRIs and blank nodes
 * @param language the literal's language tag; null when it has none
 */
public record Term(Kind kind, String value, String datatype, String language) {

    /** What sort of term. */
    public enum Kind { IRI, LITERAL, BLANK }

    public Term {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static Term iri(String iri) {
        return new Term(Kind.IRI, iri, null, null);
    }

    public static Term literal(String lexical, String datatype, String language) {
        return new Term(Kind.LITERAL, lexical, datatype, language);
    }

    public static Term blank(String label) {
        return new Term(Kind.BLANK, label, null, null);
    }

    public boolean isIri() {
        return kind == Kind.IRI;
    }

    /** The value as a person reads it: the IRI, the lexical form, or {@code _:label}. */
    @Override
    public String toString() {
        return kind == Kind.BLANK ? "_:" + value : value;
    }
}
