package org.secplan.check;

import org.secplan.base.Severity;
import java.util.Objects;

/**
 * What a check is, as its file declares it.
 *
 * @param id              the check id (its file name without extension)
 * @param clause          the clause number it serves
 * @param defaultSeverity its severity before a plan's overrides
 * @param title           one line saying what it asserts
 * @param kind            {@code shacl} or {@code sparql}
 * @param classification  who may read the check: everyone for secplan's own, a level for a plan's own
 */
public record CheckInfo(String id, String clause, Severity defaultSeverity, String title, String kind,
                        CheckClassification classification) {
    public static final String SHACL = "shacl";
    public static final String SPARQL = "sparql";

    public CheckInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(classification, "classification");
    }

    /** One of secplan's own checks, which every audience may read. A plan's own checks are made by {@link CheckLoader}. */
    public CheckInfo(String id, String clause, Severity defaultSeverity, String title, String kind) {
        this(id, clause, defaultSeverity, title, kind, CheckClassification.SECPLAN);
    }
}
