package org.secplan.check;

import org.secplan.base.Severity;
import java.util.Objects;

/**
 * One thing a check found in a plan.
 *
 * @param checkId    the check's id
 * @param severity   the severity after the plan's overrides
 * @param clause     the ISO 22342 clause number the check serves, e.g. {@code 5.3.5}
 * @param focus      the IRI of the entity concerned
 * @param identifier the entity's {@code dcterms:identifier}, or its IRI when it has none
 * @param message    a sentence that names the entity
 * @param file       the file that defines the entity, relative to the plan directory; null when unknown
 * @param line       the line of its first statement there; 0 when unknown
 */
public record Finding(String checkId, Severity severity, String clause, String focus, String identifier,
                      String message, String file, int line) {
    public Finding {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(message, "message");
    }
}
