package org.secplan.plan;

import java.util.List;
import java.util.Objects;

/**
 * A plan entity: a subject of the plan data that carries a {@code dcterms:identifier}.
 *
 * @param iri        the entity's IRI (or {@code _:label} for a blank node)
 * @param identifier its {@code dcterms:identifier}
 * @param label      its {@code rdfs:label}, or the identifier when it has none
 * @param types      the IRIs of its {@code rdf:type}s, sorted
 * @param source     where it is first stated; null when unknown
 */
public record Entity(String iri, String identifier, String label, List<String> types, SourceLocation source) {
    public Entity {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(label, "label");
        types = List.copyOf(types);
    }

    /** What a reader calls it in a title or a list: "identifier label", or the identifier alone when it has no label. */
    public String title() {
        return label.equals(identifier) ? identifier : identifier + " " + label;
    }

    public boolean hasType(String typeIri) {
        return types.contains(typeIri);
    }
}
