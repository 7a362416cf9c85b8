package org.secplan.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.secplan.audience.AudienceView;
import org.secplan.audience.ClassificationLevel;
import org.secplan.audience.NeedToKnow;
import org.secplan.check.EndorsedContentCheck;
import org.secplan.control.EndorsedPlan;
import org.secplan.control.EndorsementMessages;
import org.secplan.control.Endorsements;
import org.secplan.control.PlanChanges;
import org.secplan.plan.PlanGraph;
import org.secplan.check.CheckReport;
import org.secplan.check.Finding;

/**
 * The findings of the one check of the whole plan, and those each edition may show. A lower edition is never
 * checked on its own reduced view — that would report as missing whatever it merely withholds — so every finding it
 * shows is one the full check makes: one of a check the audience may read (see {@link CheckLevels}), whose focus the
 * audience may see and whose message names nothing it may not see. Findings about need-to-know itself — about the
 * narrative pages and the checks' levels — quote pages, sections and checks of any level and stay in the full edition.
 *
 * @param checks          the findings of the plan's checks, about entities
 * @param fullEditionOnly the findings about the narrative pages and the checks' classification levels
 * @param levels          the level of each check
 * @param plan            the whole plan
 */
record EditionFindings(CheckReport checks, List<Finding> fullEditionOnly, CheckLevels levels, PlanGraph plan) {

    /** Everything, for the edition that reads the whole plan and for the build's own report. */
    CheckReport all() {
        List<Finding> all = new ArrayList<>(checks.findings());
        all.addAll(fullEditionOnly);
        return new CheckReport(all);
    }

    CheckReport visibleTo(AudienceView view) {
        ClassificationLevel max = view.audience().maxLevel();
        Map<String, EndorsedPlan> endorsed = new HashMap<>();
        return new CheckReport(checks.findings().stream()
                .filter(f -> levels.readable(f.checkId(), max))
                .filter(f -> view.showsSubject(f.focus()))
                .map(f -> f.checkId().equals(EndorsedContentCheck.ID) ? seenBy(f, view, endorsed) : f)
                .filter(f -> !view.mentionsWithheld(f.message()) && !view.mentionsWithheld(f.identifier()))
                .toList());
    }

    /**
     * A plan changed since its endorsement, told with the changes the audience may see of both versions: the whole
     * plan's list would name what it may not read, or, for an element removed since, what it never could.
     */
    private Finding seenBy(Finding f, AudienceView view, Map<String, EndorsedPlan> endorsed) {
        if (endorsed.isEmpty()) {
            Endorsements.of(plan).forEach(e -> endorsed.put(e.planIri(), e));
        }
        EndorsedPlan e = endorsed.get(f.focus());
        if (e == null) {
            return f;
        }
        if (!view.showsSubject(e.endorsementIri())) {
            e = e.named("");
        }
        String message = prefix(f) + EndorsementMessages.changed(e,
                ChangeReview.since(e, plan, view.audience(), NeedToKnow.shared(plan)));
        if (view.mentionsWithheld(message)) {
            // a visible element's new value may quote a withheld one: the edition still learns that the plan changed
            message = prefix(f) + EndorsementMessages.changed(e, PlanChanges.none());
        }
        return new Finding(f.checkId(), f.severity(), f.clause(), f.focus(), f.identifier(), message, f.file(), f.line());
    }

    /** The "PLAN-001 Title: " a finding's message starts with (see {@code CheckSuite}). */
    private static String prefix(Finding f) {
        int at = f.message().indexOf(": changed since its endorsement");
        return at < 0 ? "" : f.message().substring(0, at + 2);
    }
}
