package org.secplan.config;

import java.util.Optional;

import org.secplan.base.Severity;

/**
 * A plan's override of one check.
 *
 * @param checkId  the check concerned
 * @param severity the severity to use instead of the check's default, if set
 * @param enabled  false to switch the check off
 * @param line     the line of secplan.properties that first names the check (for error messages)
 */
public record CheckOverride(String checkId, Optional<Severity> severity, boolean enabled, int line) {
}
