package org.secplan.control;

import java.util.List;

/**
 * One property of an entity whose values differ between two versions.
 *
 * @param property   the property's label (or short name), e.g. {@code residual likelihood}
 * @param iri        the property's IRI
 * @param previous   the values only the earlier version has, as a reader would write them
 * @param current    the values only the later version has
 */
public record PropertyChange(String property, String iri, List<String> previous, List<String> current) {
    public PropertyChange {
        previous = List.copyOf(previous);
        current = List.copyOf(current);
    }

    /** "residual likelihood: 3 → 5", "treated by: T-005 → (none)". */
    public String describe() {
        return property + ": " + values(previous) + " → " + values(current);
    }

    private static String values(List<String> values) {
        return values.isEmpty() ? "(none)" : String.join(", ", values);
    }
}
