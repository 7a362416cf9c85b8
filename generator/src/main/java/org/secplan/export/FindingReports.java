package org.secplan.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.secplan.base.AtomicFiles;
import org.secplan.check.CheckInfo;
import org.secplan.check.Finding;

/**
 * Writes a check run's report files — findings JSON, SARIF 2.1.0, JUnit XML — for the CLI's {@code --report} and the
 * plugin's {@code formats} alike, each moved into place whole so that a CI server never reads half a report.
 */
public final class FindingReports {

    /** The report formats. */
    public enum Format {
        JSON, SARIF, JUNIT;

        /** Parses {@code json}, {@code sarif} or {@code junit}, in any case. */
        public static Format parse(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown report format '" + name + "' (use json, sarif or junit)", e);
            }
        }
    }

    /**
     * What a check run leaves to report: the checks that ran, their findings, the day the plan was judged by, and the
     * plan's content digest (null when not taken), so a report names the very content it is about.
     */
    public record Run(List<CheckInfo> checks, List<Finding> findings, LocalDate asOf, String digest) {
        public Run {
            checks = List.copyOf(checks);
            findings = List.copyOf(findings);
        }

        public Run(List<CheckInfo> checks, List<Finding> findings, LocalDate asOf) {
            this(checks, findings, asOf, null);
        }
    }

    private final SarifWriter sarif;
    private final JUnitXmlWriter junit;

    /**
     * @param toolVersion secplan's version, for SARIF; null when unknown
     * @param suiteName the JUnit test suite's name; blank for {@code secplan}
     * @param planPrefix the plan directory as the JUnit report's reader reaches it ({@code src/plan}); empty for
     *        plan-relative paths
     * @param sarifBase the directory SARIF's file paths are relative to (its {@code PROJECTROOT})
     * @param sarifPlanPrefix the plan directory relative to {@code sarifBase}; empty when it is {@code sarifBase}
     */
    public FindingReports(String toolVersion, String suiteName, String planPrefix, Path sarifBase,
                          String sarifPlanPrefix) {
        this.sarif = new SarifWriter(toolVersion, sarifPlanPrefix, sarifBase.toAbsolutePath().normalize().toUri());
        this.junit = new JUnitXmlWriter(suiteName, planPrefix);
    }

    /** Writes {@code run} as {@code format} to {@code file}, creating its directory. */
    public void write(Format format, Path file, Run run) throws IOException {
        AtomicFiles.writeText(file, out -> {
            switch (format) {
                case JSON -> new FindingsJsonWriter().write(run.findings(), run.asOf(), run.digest(), out);
                case SARIF -> sarif.write(run.checks(), run.findings(), run.digest(), out);
                case JUNIT -> junit.write(run.checks(), run.findings(), run.digest(), out);
            }
        });
    }
}
