package org.secplan.build;

import java.util.List;

import org.secplan.audience.AudienceView;
import org.secplan.check.CheckReport;
import org.secplan.check.Finding;

/**
 * The findings an edition shows: those of the one check of the whole plan whose focus the audience may see and
 * whose message names nothing it may not see. A lower edition is never checked on its own reduced view — that
 * would report as missing whatever it merely withholds — so every finding it shows is one the full check makes.
 */
final class EditionFindings {
    private EditionFindings() {
    }

    static CheckReport visibleTo(AudienceView view, CheckReport full) {
        List<Finding> shown = full.findings().stream()
                .filter(f -> view.showsSubject(f.focus()))
                .filter(f -> !view.mentionsWithheld(f.message()) && !view.mentionsWithheld(f.identifier()))
                .toList();
        return new CheckReport(shown);
    }
}
