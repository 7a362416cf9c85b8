package org.secplan.site;

import org.secplan.plan.Vocabulary;

import java.time.LocalDate;
import java.util.List;

import org.secplan.plan.Entity;

import static org.secplan.plan.Vocabulary.sp;

/**
 * The lists of the management summary — risks over their acceptance level, controls not yet effective, overdue
 * reviews, overdue activities — built once per edition and shared with the parts of the plan that show them too.
 * Each is a {@link FullLists.FullList}: once it outgrows a page, the summary shows its first rows and links to its
 * own pages.
 */
final class SummaryLists {
    private static final List<Crumb> CRUMBS = List.of(new Crumb("Home", SitePaths.HOME),
            new Crumb("Management summary", SitePaths.SUMMARY));

    private final Fmt fmt;
    private final PlanIndex index;
    private final Headline headline;
    private FullLists.FullList overAcceptance;
    private FullLists.FullList notEffective;
    private FullLists.FullList overdueReviews;
    private FullLists.FullList overdueActivities;

    SummaryLists(Fmt fmt) {
        this.fmt = fmt;
        this.index = fmt.index();
        this.headline = Headline.of(index);
    }

    Headline headline() {
        return headline;
    }

    private static FullLists.FullList list(String path, String title, String what, String intro, Tables table,
                                           String whenEmpty) {
        return new FullLists.FullList(path, title, what, SitePaths.SUMMARY, CRUMBS, Adoc.text(intro) + "\n\n", table,
                whenEmpty);
    }

    FullLists.FullList overAcceptance() {
        if (overAcceptance == null) {
            Tables t = new Tables("1,3,1,1,3", "sp-table", "Identifier", "Risk", "Residual", "Accepts", "Why it stands");
            for (Entity r : headline.overAcceptance()) {
                t.row(fmt.refId(r), Adoc.text(r.label()), fmt.level(index.residualLevel(r.iri())),
                        fmt.level(index.acceptanceLevel(r.iri())), Adoc.text(whyItStands(r)));
            }
            overAcceptance = list(SitePaths.OVER_ACCEPTANCE, "Risks over their acceptance level", "risks over their acceptance level",
                    "Every risk whose residual level is over the level the organization accepts, and why it still stands.",
                    t, "No risk stands over its acceptance level.");
        }
        return overAcceptance;
    }

    /** The reason the query {@code risks-over-acceptance} gives, with who accepted an accepted risk. */
    private String whyItStands(Entity r) {
        String reason = index.handlingReason(r.iri());
        if (index.acceptedAsOf(r.iri()) && reason.equals("handled: accepted")) {
            return reason + " by " + String.join(", ", index.iris(r.iri(), sp("acceptance")).stream()
                    .flatMap(x -> index.iris(x, sp("acceptedBy")).stream()).map(index::label).distinct().toList());
        }
        return reason;
    }

    FullLists.FullList notEffective() {
        if (notEffective == null) {
            Tables t = new Tables("1,3,2,2", "sp-table", "Identifier", "Control", "Status", "Owner");
            for (Entity c : headline.notEffective()) {
                t.row(fmt.refId(c), Adoc.text(c.label()), fmt.status(c), fmt.iris(c.iri(), sp("owner")));
            }
            notEffective = list(SitePaths.NOT_EFFECTIVE, "Controls not yet effective", "controls not yet effective",
                    "Every control in service that is not rated effective.", t,
                    "Every control in service is rated effective.");
        }
        return notEffective;
    }

    FullLists.FullList overdueReviews() {
        if (overdueReviews == null) {
            Tables t = new Tables("1,3,2,2", "sp-table", "Identifier", "Element", "Review was due", "Responsible");
            for (Entity x : headline.overdueReviews()) {
                boolean risk = index.isA(x.iri(), sp("Risk"));
                String due = (risk ? index.nextReview(x.iri()) : index.date(x.iri(), sp("reviewDate")))
                        .map(LocalDate::toString).orElse(risk ? "never assessed" : "no review date");
                t.row(fmt.refId(x), Adoc.text(x.label()), Adoc.text(due),
                        fmt.iris(x.iri(), risk ? sp("owner") : sp("approvedBy")));
            }
            overdueReviews = list(SitePaths.OVERDUE_REVIEWS, "Overdue reviews", "overdue reviews",
                    "Risks and exemptions whose review was due before " + index.asOf()
                            + ", and those with no review on record.", t, "No review is overdue.");
        }
        return overdueReviews;
    }

    FullLists.FullList overdueActivities() {
        if (overdueActivities == null) {
            Tables t = new Tables("1,3,1,2", "sp-table", "Identifier", "Activity", "Due", "Responsible");
            for (Entity x : headline.overdueActivities()) {
                boolean activity = index.isA(x.iri(), sp("Activity"));
                t.row(fmt.refId(x), Adoc.text(x.label()), activity
                                ? Adoc.text(index.activityDue(x.iri()).map(LocalDate::toString).orElse(""))
                                : fmt.date(x.iri(), sp("dueDate")),
                        fmt.iris(x.iri(), activity ? sp("responsibleRole") : sp("owner")));
            }
            overdueActivities = list(SitePaths.OVERDUE_ACTIVITIES, "Overdue activities and improvement actions",
                    "overdue activities and actions", "Activities and improvement actions that were due before "
                            + index.asOf() + " and are not done.", t, "Nothing is overdue.");
        }
        return overdueActivities;
    }
}
