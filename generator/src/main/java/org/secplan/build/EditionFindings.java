package org.secplan.build;

import java.util.ArrayList;
import java.util.List;

import org.secplan.audience.AudienceView;
import org.secplan.check.CheckReport;
import org.secplan.check.Finding;

/**
 * The findings of the one check of the whole plan, and those each edition may show. A lower edition is never
 * checked on its own reduced view — that would report as missing whatever it merely withholds — so every finding it
 * shows is one the full check makes: one whose focus the audience may see and whose message names nothing it may not
 * see. Findings about the narrative pages quote pages and sections of any level and stay in the full edition.
 *
 * @param checks the findings of the plan's checks, about entities
 * @param pages  the findings about the narrative pages
 */
record EditionFindings(CheckReport checks, List<Finding> pages) {

    /** Everything, for the edition that reads the whole plan and for the build's own report. */
    CheckReport all() {
        List<Finding> all = new ArrayList<>(checks.findings());
        all.addAll(pages);
        return new CheckReport(all);
    }

    CheckReport visibleTo(AudienceView view) {
        return new CheckReport(checks.findings().stream()
                .filter(f -> view.showsSubject(f.focus()))
                .filter(f -> !view.mentionsWithheld(f.message()) && !view.mentionsWithheld(f.identifier()))
                .toList());
    }
}
