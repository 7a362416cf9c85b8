package org.secplan.audience;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.secplan.base.SecplanException;
import org.secplan.plan.PlanGraph;

/**
 * The front door of need-to-know: a plan's classification scheme, its audiences, the level of every
 * entity, and one view per audience.
 *
 * <pre>{@code
 * NeedToKnow ntk = NeedToKnow.of(plan);                 // once per plan, after loading
 * for (Audience audience : ntk.audiences()) {
 *     PlanGraph edition = ntk.planFor(audience);          // checks, site and exports use only this
 *     AudienceView view = ntk.view(audience);             // withheld counts, isWithheldIdentifier(..)
 * }
 * }</pre>
 *
 * The scheme is read from the plan merged with the ontology; only the plan's own statements — whatever their
 * subjects' types or namespaces — are classified and filtered, so the ontology stays whole in every edition.
 */
public final class NeedToKnow {

    private final PlanGraph plan;
    private final ClassificationScheme scheme;
    private final List<Audience> audiences;
    private final boolean declaresAudiences;
    private final Classification classification;
    private final AudienceFilter filter;

    private NeedToKnow(PlanGraph plan, Graph schemeSource, Graph planData, Graph bundled, boolean requireExplicit) {
        this.plan = plan;
        this.scheme = ClassificationScheme.read(schemeSource);
        List<Audience> declared = Audience.readDeclared(planData, scheme);
        this.declaresAudiences = !declared.isEmpty();
        this.audiences = declared.isEmpty() ? List.of(Audience.everyone(scheme)) : declared;
        this.classification = new Classifier(scheme, requireExplicit).classify(planData, bundled);
        this.filter = new AudienceFilter(classification, planData.getPrefixMapping());
    }

    /** Need-to-know for a loaded plan; a missing level takes the plan's default (the highest when it sets none). */
    public static NeedToKnow of(PlanGraph plan) {
        return of(plan, false);
    }

    /**
     * @param requireExplicit when true an identified entity without {@code sp:classification} fails closed
     *                        (highest level) instead of taking the plan's default
     */
    public static NeedToKnow of(PlanGraph plan, boolean requireExplicit) {
        Objects.requireNonNull(plan, "plan");
        return new NeedToKnow(plan, plan.graph(), plan.planData(), plan.ontology(), requireExplicit);
    }

    /**
     * Need-to-know for a bare graph of plan data, every subject of which is the plan's own (merged with the ontology,
     * the ontology's subjects would be classified too). {@link #planFor} is not available.
     */
    public static NeedToKnow of(Graph planGraph) {
        Objects.requireNonNull(planGraph, "planGraph");
        return new NeedToKnow(null, planGraph, planGraph, Graph.emptyGraph, false);
    }

    public ClassificationScheme scheme() {
        return scheme;
    }

    /** The plan's audiences sorted by identifier, or the single default audience {@code all}. */
    public List<Audience> audiences() {
        return audiences;
    }

    /** True when the plan declares its audiences; false when it has only the default audience {@code all}. */
    public boolean declaresAudiences() {
        return declaresAudiences;
    }

    /**
     * Whether {@code plan} declares its audiences, without classifying the plan: a run on the whole plan asks only
     * this, and classifying a large plan costs as much as a good part of its check.
     */
    public static boolean declaresAudiences(PlanGraph plan) {
        return !Audience.readDeclared(plan.planData(), ClassificationScheme.read(plan.graph())).isEmpty();
    }

    public Optional<Audience> audience(String identifier) {
        return audiences.stream().filter(a -> a.identifier().equals(identifier)).findFirst();
    }

    /**
     * The audience {@code identifier} names; refused with a message that lists the plan's audiences when there is
     * none (they are the names of its editions, which a user choosing one must know).
     */
    public Audience requireAudience(String identifier) {
        return audience(identifier).orElseThrow(() -> new SecplanException("the plan has no audience '" + identifier
                + "' (its audiences: " + String.join(", ", audiences.stream().map(Audience::identifier).toList())
                + ")"));
    }

    /** The audience that reads everything the scheme can classify, if the plan has one (gets all findings). */
    public Optional<Audience> fullAudience() {
        return audiences.stream().filter(a -> a.readsEverything(scheme)).findFirst();
    }

    public Classification classification() {
        return classification;
    }

    /**
     * The level of a narrative page from its {@code :classification:} attribute (null/blank: the plan's default, the
     * highest when it sets none; unknown: the highest).
     */
    public ClassificationLevel pageLevel(String classificationAttribute) {
        if (classificationAttribute == null || classificationAttribute.isBlank()) {
            return scheme.defaultLevel();
        }
        return scheme.resolveOrHighest(classificationAttribute);
    }

    /** The audience's view of the plan's own statements. Computed on each call (linear); keep the result. */
    public AudienceView view(Audience audience) {
        return filter.filter(audience);
    }

    /** The plan as the audience may read it: entity lookups, queries and checks see only the view. */
    public PlanGraph planFor(Audience audience) {
        return planFor(view(audience));
    }

    /** The plan classified, once per plan: for callers that ask again and again (one per edition, per finding). */
    public static NeedToKnow shared(PlanGraph plan) {
        return plan.derived(NeedToKnow.class.getName(), NeedToKnow::of);
    }

    /**
     * Another version of a plan as {@code audience} (an audience of the current version) may read it: filtered by its
     * own levels, at the level the audience reads today (see {@link Audience#inScheme}).
     */
    public static PlanGraph asSeenBy(PlanGraph version, Audience audience) {
        NeedToKnow ntk = shared(version);
        return ntk.planFor(audience.inScheme(ntk.scheme()));
    }

    /** The plan restricted to an already computed view. */
    public PlanGraph planFor(AudienceView view) {
        if (plan == null) {
            throw new IllegalStateException("built from a bare graph: there is no PlanGraph to restrict");
        }
        return plan.restrictedTo(view.graph());
    }

}
