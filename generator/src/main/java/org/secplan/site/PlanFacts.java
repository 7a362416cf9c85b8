package org.secplan.site;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.secplan.query.FactCatalog;
import org.secplan.query.QueryResult;
import org.secplan.query.Term;

/**
 * The plan facts ({@link FactCatalog}: a risk's level, over acceptance, reviews due and overdue, activities and
 * actions overdue, controls effective) and each subject's classification level, as the site reads them: the same
 * SELECTs the checks are written on, run once on the whole plan, so that a figure on a page and the findings of
 * the same plan come from one rule — in every edition.
 */
public final class PlanFacts {

    /** A risk's levels (concept IRIs) by the fact {@code risk-level}. */
    public record RiskLevel(String inherent, String residual, String current, String acceptance, boolean over) {
    }

    private final Map<String, RiskLevel> risks = new HashMap<>();
    private final Map<String, String> handlingReason = new HashMap<>();
    private final Set<String> validlyAccepted = new HashSet<>();
    private final Map<String, LocalDate> reviewDue = new HashMap<>();
    private final Set<String> reviewOverdue = new HashSet<>();
    private final Map<String, LocalDate> activityDue = new HashMap<>();
    private final Set<String> activityOverdue = new HashSet<>();
    private final Set<String> actionOverdue = new HashSet<>();
    private final Set<String> effective = new HashSet<>();
    private final Set<String> retired = new HashSet<>();
    private final Function<String, Optional<String>> classification;

    private PlanFacts(Function<String, Optional<String>> classification) {
        this.classification = classification;
    }

    /**
     * Reads the facts of a whole plan.
     *
     * @param plan           reads the whole plan (not an audience's view of it: a lower edition shows the facts
     *                       the checks judged, for the subjects it may see)
     * @param classification the classification level (IRI) of a subject, by the one rule that decides who sees it
     */
    public static PlanFacts read(GraphReader plan, FactCatalog catalog, LocalDate asOf,
                                 Function<String, Optional<String>> classification) {
        PlanFacts facts = new PlanFacts(classification);
        for (Map<String, Term> row : rows(plan, catalog, "risk-level", asOf)) {
            facts.risks.putIfAbsent(iri(row, "risk"), new RiskLevel(iri(row, "inherentLevel"),
                    iri(row, "residualLevel"), iri(row, "currentLevel"), iri(row, "acceptance"), flag(row, "over")));
        }
        List<Map<String, Term>> handling = rows(plan, catalog, "risk-handling", asOf);
        for (Map<String, Term> row : handling) {
            facts.handlingReason.putIfAbsent(iri(row, "risk"), iri(row, "reason"));
        }
        facts.collect(handling, "risk", "validAcceptance", facts.validlyAccepted);
        for (Map<String, Term> row : rows(plan, catalog, "risk-review-due", asOf)) {
            String risk = iri(row, "risk");
            date(row, "due").ifPresent(d -> facts.reviewDue.putIfAbsent(risk, d));
            if (flag(row, "overdue")) {
                facts.reviewOverdue.add(risk);
            }
        }
        facts.collect(rows(plan, catalog, "exemption-review-due", asOf), "exemption", "overdue", facts.reviewOverdue);
        List<Map<String, Term>> activities = rows(plan, catalog, "activity-due", asOf);
        for (Map<String, Term> row : activities) {
            date(row, "due").ifPresent(d -> facts.activityDue.putIfAbsent(iri(row, "activity"), d));
        }
        facts.collect(activities, "activity", "overdue", facts.activityOverdue);
        facts.collect(rows(plan, catalog, "improvement-action-due", asOf), "action", "overdue", facts.actionOverdue);
        List<Map<String, Term>> controls = rows(plan, catalog, "control-state", asOf);
        facts.collect(controls, "control", "effective", facts.effective);
        facts.collect(controls, "control", "retired", facts.retired);
        return facts;
    }

    private void collect(List<Map<String, Term>> rows, String subject, String flag, Set<String> into) {
        for (Map<String, Term> row : rows) {
            if (flag(row, flag)) {
                into.add(iri(row, subject));
            }
        }
    }

    private static List<Map<String, Term>> rows(GraphReader plan, FactCatalog catalog, String name, LocalDate asOf) {
        FactCatalog.Fact fact = catalog.find(name).orElseThrow(() -> new IllegalStateException(
                "secplan's plan fact '" + name + "' is missing"));
        QueryResult result = plan.select(catalog.sparql(fact, asOf));
        return result.rows();
    }

    private static String iri(Map<String, Term> row, String column) {
        Term t = row.get(column);
        return t == null ? null : t.value();
    }

    private static boolean flag(Map<String, Term> row, String column) {
        Term t = row.get(column);
        return t != null && "true".equals(t.value());
    }

    private static Optional<LocalDate> date(Map<String, Term> row, String column) {
        Term t = row.get(column);
        return t == null ? Optional.empty() : PlanDates.date(t.value());
    }

    public Optional<RiskLevel> risk(String iri) {
        return Optional.ofNullable(risks.get(iri));
    }

    /** True when the risk has an unexpired acceptance by a role with risk-acceptance authority. */
    public boolean validlyAccepted(String risk) {
        return validlyAccepted.contains(risk);
    }

    /** Why a risk stands as it does: "handled: …", or what its handling lacks (fact {@code risk-handling}). */
    public Optional<String> handlingReason(String risk) {
        return Optional.ofNullable(handlingReason.get(risk));
    }

    /** The day the risk's next review falls due. */
    public Optional<LocalDate> reviewDue(String risk) {
        return Optional.ofNullable(reviewDue.get(risk));
    }

    /** A risk or an exemption whose review is overdue. */
    public boolean reviewOverdue(String iri) {
        return reviewOverdue.contains(iri);
    }

    /** The day the activity is next due. */
    public Optional<LocalDate> activityDue(String activity) {
        return Optional.ofNullable(activityDue.get(activity));
    }

    public boolean activityOverdue(String activity) {
        return activityOverdue.contains(activity);
    }

    public boolean actionOverdue(String action) {
        return actionOverdue.contains(action);
    }

    public boolean controlEffective(String control) {
        return effective.contains(control);
    }

    public boolean controlRetired(String control) {
        return retired.contains(control);
    }

    /** The classification level (IRI) of a subject. */
    public Optional<String> classification(String iri) {
        return classification.apply(iri);
    }
}
