package org.secplan.plan;

import java.util.Comparator;
import java.util.Objects;

/** One thing wrong with a plan's files, at a position. */
public record PlanProblem(SourceLocation location, String message) implements Comparable<PlanProblem> {

    private static final Comparator<PlanProblem> ORDER =
            Comparator.comparing(PlanProblem::location).thenComparing(PlanProblem::message);

    public PlanProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public int compareTo(PlanProblem other) {
        return ORDER.compare(this, other);
    }

    /** {@code file:line:col: message}. */
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
