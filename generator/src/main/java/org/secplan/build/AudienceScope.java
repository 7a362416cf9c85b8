package org.secplan.build;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.secplan.audience.Audience;
import org.secplan.audience.AudienceView;
import org.secplan.audience.NeedToKnow;
import org.secplan.base.SecplanException;
import org.secplan.check.CheckReport;
import org.secplan.control.PlanChanges;
import org.secplan.plan.PlanGraph;

/**
 * What a query or a check sees of a plan: the whole plan, or one audience's view of it — the very view that
 * audience's site edition is built from, and the findings that edition shows. Queries and checks asked for an
 * audience answer only what its edition could tell it.
 */
public final class AudienceScope {

    private final PlanGraph plan;
    private final boolean declaresAudiences;
    /** The plan's need-to-know, the audience, its view and what it sees of the plan; all null for the whole plan. */
    private final NeedToKnow ntk;
    private final Audience audience;
    private final AudienceView view;
    private final PlanGraph visible;

    /** The whole plan: nothing is classified, which on a large plan would cost a good part of a check. */
    private AudienceScope(PlanGraph plan, boolean declaresAudiences) {
        this.plan = plan;
        this.declaresAudiences = declaresAudiences;
        this.ntk = null;
        this.audience = null;
        this.view = null;
        this.visible = plan;
    }

    private AudienceScope(PlanGraph plan, NeedToKnow ntk, Audience audience) {
        this.plan = plan;
        this.declaresAudiences = true;
        this.ntk = ntk;
        this.audience = audience;
        this.view = ntk.view(audience);
        this.visible = ntk.planFor(view);
    }

    /**
     * The scope of a run on {@code plan}: the audience {@code identifier} names, or the whole plan when it is null.
     *
     * @throws SecplanException when the plan has no such audience (the message lists those it has), or declares no
     *                          audiences at all
     */
    public static AudienceScope of(PlanGraph plan, String identifier) {
        Objects.requireNonNull(plan, "plan");
        if (identifier == null) {
            return new AudienceScope(plan, NeedToKnow.declaresAudiences(plan));
        }
        NeedToKnow ntk = NeedToKnow.of(plan);
        if (!ntk.declaresAudiences()) {
            // its one default audience reads everything: scoping to it would only look like need-to-know
            throw new SecplanException("the plan declares no audiences, so there is no audience '" + identifier
                    + "' to see it as: without audiences (sp:Audience) every reader reads the whole plan");
        }
        return new AudienceScope(plan, ntk, ntk.requireAudience(identifier));
    }

    /**
     * What changed from {@code previous} (with its pages, path → text) to the plan, as this scope sees both; see
     * {@link ChangeReview}.
     */
    public PlanChanges changesFrom(PlanGraph previous, Map<String, String> previousPages) {
        return ChangeReview.between(previous, previousPages, plan, audience, ntk);
    }

    /** The plan's endorsement whose content no longer matches, and what changed since, as this scope sees it. */
    public Optional<ChangeReview.SinceEndorsement> sinceEndorsement() {
        return ChangeReview.sinceEndorsement(plan, audience, ntk);
    }

    /** The audience's identifier; empty for the whole plan. */
    public Optional<String> audience() {
        return Optional.ofNullable(audience).map(Audience::identifier);
    }

    /**
     * True when no audience was asked for although the plan declares audiences: the run sees the whole plan, every
     * level of it, which no edition below the highest holds. Adapters say so, so that output meant for one audience
     * is not taken from a run on the whole plan by mistake.
     */
    public boolean wholePlanOfAPlanWithAudiences() {
        return audience == null && declaresAudiences;
    }

    /** The plan as this scope may read it: the audience's view (entities, lookups and queries), or the whole plan. */
    public PlanGraph plan() {
        return visible;
    }

    /**
     * An earlier version of the plan as this scope may read it, so that comparing versions tells an audience only
     * what its editions of both versions tell: the earlier version is filtered by its own levels, at the level the
     * audience reads today (see {@link Audience#inScheme}). The whole earlier version for the whole plan.
     */
    public PlanGraph previous(PlanGraph previous) {
        if (previous == null || audience == null) {
            return previous;
        }
        return NeedToKnow.asSeenBy(previous, audience);
    }

    /**
     * Checks the whole plan once — never the reduced view, which would report as missing whatever the audience merely
     * does not see — and returns the findings this scope shows, as its edition's findings page does: for an audience
     * that reads everything, every finding and those about the narrative pages; for a lower one, those whose focus
     * it may see and whose message names nothing it may not (see {@link EditionFindings}); for the whole plan, all
     * of them.
     */
    public CheckReport check(Pipeline pipeline, LocalDate asOf) {
        EditionFindings wholePlan = pipeline.findings(plan, asOf);
        if (audience == null || audience.readsEverything(ntk.scheme())) {
            return wholePlan.all();
        }
        return wholePlan.visibleTo(view);
    }
}
