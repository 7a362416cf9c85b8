package org.secplan.build;

import java.time.Clock;
import java.time.LocalDate;

import org.secplan.config.PlanConfig;

/**
 * The one rule for the day a plan's dates are judged by (reviews due, acceptances expired, activities overdue):
 * the date the user gave, else the plan's own {@code as-of} setting, else today in UTC. Every command, goal,
 * check, page and query takes its date from here.
 */
public final class AsOf {
    private AsOf() {
    }

    /** @param explicit the date the user gave, or null */
    public static LocalDate resolve(LocalDate explicit, PlanConfig config, Clock clock) {
        if (explicit != null) {
            return explicit;
        }
        return config.asOf().orElseGet(() -> LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)));
    }

    /** @param explicit the date the user gave, or null */
    public static LocalDate resolve(LocalDate explicit, PlanConfig config) {
        return resolve(explicit, config, Clock.systemUTC());
    }
}
