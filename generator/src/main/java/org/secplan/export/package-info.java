/**
 * Writers that turn check results and query results into files other tools read: the findings as JSON
 * (the same shape as {@code secplan check --format json}), SARIF 2.1.0 for code-scanning dashboards, and
 * JUnit XML for CI servers; query results as a text table, CSV or JSON.
 *
 * <p>Every writer is stateless and deterministic: the same input gives the same bytes (stable ordering,
 * {@code \n} line ends, no wall-clock times), so reports can be compared between runs. The CLI and the
 * Maven plugin share these writers, so a report looks the same whichever front end wrote it.
 */
package org.secplan.export;
