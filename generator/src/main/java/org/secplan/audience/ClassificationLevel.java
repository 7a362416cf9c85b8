package org.secplan.audience;

import java.util.Objects;

/**
 * One level of a plan's classification scheme.
 *
 * @param iri   the level's concept IRI
 * @param label its preferred label, for banners ("Restricted")
 * @param rank  its {@code sp:rank}; higher is more sensitive
 */
public record ClassificationLevel(String iri, String label, int rank) {

    public ClassificationLevel {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
    }

    /** True when this level is more sensitive than {@code other}. */
    public boolean isAbove(ClassificationLevel other) {
        return rank > other.rank;
    }
}
