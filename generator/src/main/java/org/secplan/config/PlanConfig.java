package org.secplan.config;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.secplan.base.Severity;

/**
 * A plan's configuration. Immutable.
 *
 * @param asOf   the date against which the plan's dates are judged, when configured
 * @param checks per-check overrides by check id
 * @param withheldNotice whether a lower edition says how many items were withheld from it, per kind
 *                       ({@code withheld-notice = true}; default false: an edition is silent about what it lacks)
 */
public record PlanConfig(Optional<LocalDate> asOf, Map<String, CheckOverride> checks, boolean withheldNotice) {

    /** The name of the configuration file in a plan directory. */
    public static final String FILE_NAME = "secplan.properties";

    public PlanConfig {
        checks = Map.copyOf(new TreeMap<>(checks));
    }

    /** A configuration without the withheld notice. */
    public PlanConfig(Optional<LocalDate> asOf, Map<String, CheckOverride> checks) {
        this(asOf, checks, false);
    }

    /** No configuration file: every default applies. */
    public static PlanConfig defaults() {
        return new PlanConfig(Optional.empty(), Map.of());
    }

    /** The severity to report a check at: the override when there is one, else its default. */
    public Severity severityOf(String checkId, Severity defaultSeverity) {
        CheckOverride o = checks.get(checkId);
        return o == null ? defaultSeverity : o.severity().orElse(defaultSeverity);
    }

    public boolean isEnabled(String checkId) {
        CheckOverride o = checks.get(checkId);
        return o == null || o.enabled();
    }

    /** This configuration with the as-of date replaced. */
    public PlanConfig withAsOf(LocalDate date) {
        return new PlanConfig(Optional.of(date), checks, withheldNotice);
    }
}
