/**
 * The secplan Maven plugin: goals {@code check}, {@code render}, {@code query} and {@code help}.
 *
 * <p>A thin adapter: the mojos translate Maven parameters into calls on {@link org.secplan.Secplan} and its
 * results into log lines, report files and Maven's two exceptions — a broken plan (a finding at or above
 * the threshold, a Turtle syntax error, a refused query) is a {@link org.apache.maven.plugin.MojoFailureException}
 * (BUILD FAILURE, no stack trace); only a fault of the tool itself is a
 * {@link org.apache.maven.plugin.MojoExecutionException} (BUILD ERROR). The mojos keep no static mutable state
 * and are marked thread-safe, so {@code mvn -T} builds several plan modules at once.
 */
package org.secplan.maven;
