package org.secplan.build;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.secplan.audience.Audience;
import org.secplan.audience.NeedToKnow;
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

    /** A plan's endorsement and what changed since, as one reader sees it ({@code changes} null when the snapshot cannot tell). */
    public record SinceEndorsement(EndorsedPlan endorsement, PlanChanges changes) {
    }

    private ChangeReview() {
    }

    /**
     * The changes from {@code previous} (its pages {@code previousPages}) to {@code whole}, as {@code audience} sees
     * them; the whole plan's changes when {@code audience} is null or reads everything.
     */
    static PlanChanges between(PlanGraph previous, Map<String, String> previousPages, PlanGraph whole, Audience audience,
                               NeedToKnow ntk) {
        if (audience == null || audience.readsEverything(ntk.scheme())) {
            return PlanDiff.between(previous, previousPages, whole, PlanSnapshot.currentPages(whole.directory()));
        }
        return new PlanChanges(PlanDiff.entities(NeedToKnow.asSeenBy(previous, audience),
                ntk.planFor(ntk.view(audience))), List.of());
    }

    /** The first plan (by IRI) whose endorsed content no longer matches, and what changed since as {@code audience} sees it. */
    static Optional<SinceEndorsement> sinceEndorsement(PlanGraph whole, Audience audience, NeedToKnow ntk) {
        return Endorsements.of(whole).stream().filter(p -> !p.unchanged()).findFirst()
                .map(p -> new SinceEndorsement(p, since(p, whole, audience, ntk)));
    }

    /** What changed since {@code plan}'s endorsement as {@code audience} sees it; null when the snapshot cannot tell. */
    static PlanChanges since(EndorsedPlan plan, PlanGraph whole, Audience audience, NeedToKnow ntk) {
        if (audience == null || audience.readsEverything(ntk.scheme())) {
            return plan.changes(whole);
        }
        // the endorsement records and the plan's status are not endorsed content: they are left out on both sides
        return plan.endorsedPlan(whole)
                .map(endorsed -> new PlanChanges(PlanDiff.entities(NeedToKnow.asSeenBy(endorsed, audience),
                        PlanContent.endorsable(ntk.planFor(ntk.view(audience)))), List.of()))
                .orElse(null);
    }
}
