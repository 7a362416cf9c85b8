/**
 * A plan's configuration, read from {@code <plan>/secplan.properties}: the as-of date against which dates are
 * judged, and per-check overrides of severity and enablement. Bad values are reported with file and line.
 */
package org.secplan.config;
