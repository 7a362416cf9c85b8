package org.secplan.cli;

import java.io.PrintWriter;

import org.secplan.Secplan;
import org.secplan.build.AudienceScope;
import org.secplan.plan.PlanGraph;

import picocli.CommandLine.Option;

/**
 * The {@code --audience} option of {@code query} and {@code check}: run on one audience's view of the plan, the one
 * its site edition is built from. Without it a plan with audiences is read whole, which stderr says in one line, so
 * that stdout — which users pipe on — stays what it always was.
 */
final class AudienceOption {
    @Option(names = "--audience", paramLabel = "ID",
            description = "See the plan as this audience may: the view its site edition is built from, and the "
                    + "findings that edition shows (default: the whole plan, every level of it).")
    String audience;

    /** The scope the option asks for, and the note on stderr when it reads a plan with audiences whole. */
    AudienceScope scope(Secplan secplan, PlanGraph plan, PrintWriter err) {
        AudienceScope scope = secplan.scope(plan, audience);
        if (scope.wholePlanOfAPlanWithAudiences()) {
            err.println("secplan: no --audience given: this runs on the whole plan, every level of it "
                    + "(use --audience ID to see only what one audience may see)");
            err.flush();
        }
        return scope;
    }
}
