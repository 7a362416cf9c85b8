package org.secplan.check;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.secplan.base.Severity;
import org.secplan.control.EndorsedPlan;
import org.secplan.control.EndorsementMessages;
import org.secplan.control.Endorsements;

/**
 * A plan in effect whose endorsement records a content digest must still have that content: any statement or page
 * changed since makes it a plan top management has not endorsed. The finding lists what changed, from the snapshot
 * kept when the plan was endorsed.
 *
 * <p>Written in Java because the digest is taken of the plan's files (its pages too), not of its graph alone, and the
 * changes come from comparing two versions ({@link org.secplan.control.PlanDiff}). Editions below the top show the
 * changes their own audience may see of both versions (see {@code org.secplan.build.EditionFindings}).
 */
public final class EndorsedContentCheck implements Check {

    public static final String ID = "plan-unchanged-since-endorsement";
    static final CheckInfo INFO = new CheckInfo(ID, "4", Severity.ERROR,
            "A plan in effect has the content top management endorsed: nothing changed since its endorsement", "java");

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public String origin() {
        return EndorsedContentCheck.class.getName();
    }

    @Override
    public List<Violation> run(CheckInput input) {
        List<Violation> violations = new ArrayList<>();
        for (EndorsedPlan plan : Endorsements.of(input.plan())) {
            if (plan.unchanged()) {
                continue;
            }
            violations.add(new Violation(NodeFactory.createURI(plan.planIri()),
                    EndorsementMessages.changed(plan, plan.changes(input.plan()))));
        }
        return violations;
    }
}
