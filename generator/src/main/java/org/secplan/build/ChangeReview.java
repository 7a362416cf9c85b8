package org.secplan.build;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.secplan.control.EndorsedPlan;
import org.secplan.control.Endorsements;
import org.secplan.control.PlanChanges;
import org.secplan.control.PlanContent;
import org.secplan.control.PlanDiff;
import org.secplan.control.PlanSnapshot;
import org.secplan.plan.PlanGraph;

/**
 * What changed between two versions of a plan as one reader may see it: the whole plan compares whole versions; an
 * audience compares its own view of both (each version filtered by its own levels, at the level the audience reads),
 * so a change to something above its level never shows, not even as "removed". Pages are compared for readers of
 * everything only: which pages and sections an audience reads is decided when its edition is rendered.
 */
public final class ChangeReview {

    /** A plan's endorsement and what changed since, as one reader sees it. */
    public record SinceEndorsement(EndorsedPlan endorsement, PlanChanges changes) {
    }

    private ChangeReview() {
    }

    /** The changes from {@code previous} (its pages {@code previousPages}) to {@code current}, as {@code scope} sees them. */
    public static PlanChanges between(PlanGraph previous, Map<String, String> previousPages, AudienceScope scope) {
        PlanGraph current = scope.wholePlan();
        if (scope.readsEverything()) {
            return PlanDiff.between(previous, previousPages, current, PlanSnapshot.currentPages(current.directory()));
        }
        return new PlanChanges(PlanDiff.entities(scope.previous(previous), scope.plan()), List.of());
    }

    /**
     * The overarching endorsement bound to content that no longer matches (the first plan so, by IRI), and what
     * changed since as {@code scope} sees it; empty when every endorsed plan is unchanged or none is bound.
     */
    public static Optional<SinceEndorsement> sinceEndorsement(AudienceScope scope) {
        return Endorsements.of(scope.wholePlan()).stream().filter(p -> !p.unchanged()).findFirst()
                .map(p -> new SinceEndorsement(p, since(p, scope)));
    }

    /** What changed since {@code plan}'s endorsement as {@code scope} sees it; null when the snapshot cannot tell. */
    static PlanChanges since(EndorsedPlan plan, AudienceScope scope) {
        if (scope.readsEverything()) {
            return plan.changes(scope.wholePlan());
        }
        // the endorsement records and the plan's status are not endorsed content: they are left out on both sides
        return plan.endorsedPlan(scope.wholePlan())
                .map(endorsed -> new PlanChanges(PlanDiff.entities(scope.previous(endorsed),
                        PlanContent.endorsable(scope.plan())), List.of()))
                .orElse(null);
    }
}
