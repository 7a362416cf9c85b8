package org.secplan.build;

import java.time.LocalDate;
import java.util.List;
import java.nio.file.Path;

import org.secplan.check.CheckReport;

/**
 * What a build did.
 *
 * @param upToDate true when nothing changed since the last build and nothing was done
 * @param asOf     the date the plan was judged by (null when up to date: nothing was judged)
 * @param report   the findings of the one check of the whole plan, page checks included (empty when up to date)
 * @param editions the editions rendered (empty when up to date)
 * @param homes    each edition's home page, rendered now or before
 */
public record BuildOutcome(boolean upToDate, LocalDate asOf, CheckReport report, List<Edition> editions,
                           List<Path> homes) {
    public BuildOutcome {
        editions = List.copyOf(editions);
        homes = List.copyOf(homes);
    }
}
