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
 */
public record CheckInfo(String id, String clause, Severity defaultSeverity, String title, String kind) {
    public static final String SHACL = "shacl";
    public static final String SPARQL = "sparql";

    public CheckInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
    }
}
