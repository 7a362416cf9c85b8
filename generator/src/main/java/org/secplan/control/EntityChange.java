package org.secplan.control;

import java.util.List;

/**
 * An element of the plan added, removed or changed between two versions, matched by its identifier.
 *
 * @param kind       what happened to it
 * @param identifier its {@code dcterms:identifier} (or its IRI's short form when it has none)
 * @param label      its label in the later version (the earlier one for a removed element)
 * @param type       the local name of its secplan type, e.g. {@code Risk}; empty when it has none
 * @param iri        its IRI in the later version (the earlier one for a removed element)
 * @param properties for a changed element, each property whose values differ, by property
 */
public record EntityChange(Kind kind, String identifier, String label, String type, String iri,
                           List<PropertyChange> properties) {

    /** What happened to an element between two versions. */
    public enum Kind { added, removed, changed }

    public EntityChange {
        properties = List.copyOf(properties);
    }

    /** "R-012 'Flooding of the intake' (Risk)". */
    public String title() {
        String name = label.isEmpty() || label.equals(identifier) ? identifier : identifier + " '" + label + "'";
        return type.isEmpty() ? name : name + " (" + type + ")";
    }

    /** One line: "R-012 'Flooding' (Risk) changed: residual likelihood: 3 → 5; status: Draft → Approved". */
    public String describe() {
        if (kind != Kind.changed) {
            return title() + " " + kind;
        }
        return title() + " changed: " + String.join("; ", properties.stream().map(PropertyChange::describe).toList());
    }
}
