/**
 * What the CLI and the Maven plugin write, in one place so that both give the same bytes: the findings as JSON
 * (the same shape as {@code secplan check --format json}), SARIF 2.1.0 for code-scanning dashboards and JUnit XML
 * for CI servers ({@link org.secplan.export.FindingReports} writes any of them to a file); findings as lines for
 * people ({@link org.secplan.export.FindingLines}); query results as a text table, CSV or SPARQL results JSON
 * ({@link org.secplan.export.QueryResultWriter}).
 *
 * <p>Every writer is stateless and deterministic: the same input gives the same bytes (stable ordering,
 * {@code \n} line ends — CSV's CRLF aside, which its standard asks for — no wall-clock times), so reports can be
 * compared between runs.
 */
package org.secplan.export;
