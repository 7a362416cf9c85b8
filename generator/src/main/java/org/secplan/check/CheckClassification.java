package org.secplan.check;

import org.secplan.plan.SourceLocation;

/**
 * Who may read a check — its id, its title and its findings — as its file declares it. secplan's own checks are part
 * of secplan, like its ontology, and readable by every audience. A plan's own check is plan content: it has the level
 * it declares ({@code sp:classification} on a SHACL shape, a {@code # classification:} header line in a SPARQL check),
 * else the plan's default level. Need-to-know resolves the level against the plan's scheme; an unknown one fails
 * closed to the highest.
 *
 * @param planDefined true for a check from the plan's own {@code checks/} folder
 * @param level       the level as written: an IRI, or a name such as {@code secret}; null when the check declares none
 * @param at          where the level is written, for a finding about it; null when the check declares none
 */
public record CheckClassification(boolean planDefined, String level, SourceLocation at) {

    /** secplan's own checks: readable by everyone. */
    public static final CheckClassification SECPLAN = new CheckClassification(false, null, null);

    /** A plan's own check that declares no level: it takes the plan's default. */
    static CheckClassification planDefault() {
        return new CheckClassification(true, null, null);
    }

    /** A plan's own check that declares {@code level} at {@code at}. */
    static CheckClassification declared(String level, SourceLocation at) {
        return new CheckClassification(true, level, at);
    }
}
