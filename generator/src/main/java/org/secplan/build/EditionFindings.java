package org.secplan.build;

import java.util.ArrayList;
import java.util.List;

import org.secplan.audience.AudienceView;
import org.secplan.audience.ClassificationLevel;
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
 */
record EditionFindings(CheckReport checks, List<Finding> fullEditionOnly, CheckLevels levels) {

    /** Everything, for the edition that reads the whole plan and for the build's own report. */
    CheckReport all() {
        List<Finding> all = new ArrayList<>(checks.findings());
        all.addAll(fullEditionOnly);
        return new CheckReport(all);
    }

    CheckReport visibleTo(AudienceView view) {
        ClassificationLevel max = view.audience().maxLevel();
        return new CheckReport(checks.findings().stream()
                .filter(f -> levels.readable(f.checkId(), max))
                .filter(f -> view.showsSubject(f.focus()))
                .filter(f -> !view.mentionsWithheld(f.message()) && !view.mentionsWithheld(f.identifier()))
                .toList());
    }
}
