package org.secplan.query;

/** A built-in named query: what it is, and its SPARQL text. */
public record NamedQuery(NamedQueryInfo info, String sparql) {
    public String name() {
        return info.name();
    }
}
