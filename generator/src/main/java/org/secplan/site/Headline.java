package org.secplan.site;

import org.secplan.plan.Vocabulary;

import java.util.ArrayList;
import java.util.List;

import org.secplan.plan.Entity;

import static org.secplan.plan.Vocabulary.sp;

/**
 * Headline figures: what top management looks at first, each counted from a plan fact the checks judge by too
 * (risks over acceptance: the rows of the query risks-over-acceptance; controls not yet effective: those of
 * controls-not-effective; overdue reviews and activities: the findings of the checks that report them).
 */
record Headline(List<Entity> overAcceptance, List<Entity> notEffective, List<Entity> overdueReviews,
                List<Entity> overdueActivities) {
    static Headline of(PlanIndex index) {
        List<Entity> over = new ArrayList<>();
        for (Entity r : index.ofType(sp("Risk"))) {
            if (index.overAcceptance(r.iri())) {
                over.add(r);
            }
        }
        List<Entity> notEffective = new ArrayList<>();
        for (Entity c : index.ofType(sp("Control"))) {
            if (!index.controlRetired(c.iri()) && !index.controlEffective(c.iri())) {
                notEffective.add(c);
            }
        }
        List<Entity> reviews = new ArrayList<>();
        for (Entity r : index.ofType(sp("Risk"))) {
            if (index.reviewOverdue(r.iri())) {
                reviews.add(r);
            }
        }
        for (Entity x : index.ofType(sp("Exemption"))) {
            if (index.reviewOverdue(x.iri())) {
                reviews.add(x);
            }
        }
        List<Entity> activities = new ArrayList<>();
        for (Entity a : index.ofType(sp("Activity"))) {
            if (index.activityOverdue(a.iri())) {
                activities.add(a);
            }
        }
        for (Entity a : index.ofType(sp("ImprovementAction"))) {
            if (index.actionOverdue(a.iri())) {
                activities.add(a);
            }
        }
        return new Headline(over, notEffective, reviews, activities);
    }

    String figures() {
        StringBuilder a = new StringBuilder("[.sp-figures]\n");
        figure(a, overAcceptance.size(), "risks over their acceptance level", SitePaths.SUMMARY + "#over-acceptance");
        figure(a, notEffective.size(), "controls not yet effective", SitePaths.SUMMARY + "#not-effective");
        figure(a, overdueReviews.size(), "overdue reviews", SitePaths.SUMMARY + "#overdue-reviews");
        figure(a, overdueActivities.size(), "overdue activities and actions", SitePaths.SUMMARY + "#overdue-activities");
        return a.append('\n').toString();
    }

    private static void figure(StringBuilder a, int n, String what, String path) {
        a.append("* [.sp-figure-number]##").append(n).append("## ").append(Adoc.link(path, what)).append('\n');
    }
}
