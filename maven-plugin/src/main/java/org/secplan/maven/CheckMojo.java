package org.secplan.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.secplan.build.BuildStamp;
import org.secplan.check.CheckInfo;
import org.secplan.check.CheckReport;
import org.secplan.check.Finding;
import org.secplan.base.Severity;
import org.secplan.export.FindingLines;
import org.secplan.export.FindingReports;
import org.secplan.plan.PlanGraph;

/**
 * Runs every check on the plan — secplan's built-in checks and the plan's own in {@code checks/} — logs the
 * findings grouped by ISO 22342 clause, writes them as JSON, SARIF 2.1.0 and JUnit XML, and fails the build when
 * a finding reaches {@link #failOnSeverity}. Skips the work when neither the plan nor a parameter changed since
 * the last successful check.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractSecplanMojo {

    /** The report formats. */
    enum Format {
        JSON(FindingReports.Format.JSON, "findings.json"), SARIF(FindingReports.Format.SARIF, "findings.sarif"),
        JUNIT(FindingReports.Format.JUNIT, "junit/TEST-secplan.xml");

        final FindingReports.Format report;
        final String file;

        Format(FindingReports.Format report, String file) {
            this.report = report;
            this.file = file;
        }
    }

    /**
     * The least severe finding that fails the build: {@code ERROR} (the default), {@code WARNING} (warnings fail
     * too), or {@code NONE} (never fail; only report). {@code INFO} fails on any finding.
     */
    @Parameter(property = "secplan.failOnSeverity", defaultValue = "ERROR")
    protected String failOnSeverity;

    /**
     * The reports to write into {@link #outputDirectory}: {@code json} ({@code findings.json}), {@code sarif}
     * ({@code findings.sarif}, for GitHub code scanning and other SARIF viewers), {@code junit}
     * ({@code junit/TEST-secplan.xml}, for Jenkins, GitLab and other CI servers). Comma-separated on the command
     * line; {@code none} writes no report.
     */
    @Parameter(property = "secplan.formats", defaultValue = "json,sarif,junit")
    protected List<String> formats;

    /**
     * The directory the file paths in {@code findings.sarif} are relative to (its {@code PROJECTROOT}). The default,
     * the project directory, suits a plan at the root of its repository; for a plan module below the root, set it
     * to the repository root (for example {@code ${maven.multiModuleProjectDirectory}}) so that GitHub code
     * scanning, which reads paths as relative to the repository, finds the files.
     */
    @Parameter(property = "secplan.sarifBaseDirectory", defaultValue = "${project.basedir}", required = true)
    protected File sarifBaseDirectory;

    @Override
    protected String goal() {
        return "check";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Optional<Severity> threshold = threshold();
        Set<Format> wanted = formats();
        Path out = outputDirectory.toPath();
        Path[] reports = wanted.stream().map(f -> out.resolve(f.file)).toArray(Path[]::new);

        BuildStamp stamp = stamp(failOnSeverity.trim().toUpperCase(Locale.ROOT), names(wanted),
                sarifBaseDirectory.getAbsolutePath());
        if (!force && stamp.current().isPresent()) {
            getLog().info("secplan: the plan in " + display(planDirectory.toPath())
                    + " is unchanged since the last successful check; skipping it (reports in " + display(out)
                    + "; -Dsecplan.force=true checks again)");
            return;
        }
        stamp.invalidate();

        PlanGraph plan = loadPlan();
        LocalDate effective = secplan().asOf(plan, explicitAsOf());
        CheckReport report = secplan().check(plan, effective);
        List<CheckInfo> checks = secplan().checks(plan);
        List<Finding> findings = report.findings();

        logFindings(findings, plan::clauseTitle);
        writeReports(wanted, new FindingReports.Run(checks, findings, effective, secplan().digest(plan)));

        String summary = "secplan: " + FindingLines.counts(findings) + " from " + AbstractSecplanMojo.count(checks.size(), "check")
                + " on the plan in " + display(planDirectory.toPath()) + " as of " + effective
                + (wanted.isEmpty() ? "" : "; reports in " + display(out));
        boolean fails = threshold.isPresent() && report.reaches(threshold.get());
        if (fails || report.errors() > 0) {
            getLog().error(summary);
        } else if (report.warnings() > 0) {
            getLog().warn(summary);
        } else {
            getLog().info(summary);
        }
        if (fails) {
            throw new MojoFailureException(failure(findingLines(plan::clauseTitle), threshold.get(), findings));
        }
        stamp.record(Arrays.asList(reports));
    }

    private String failure(FindingLines log, Severity threshold, List<Finding> findings) {
        List<Finding> over = findings.stream().filter(f -> f.severity().reaches(threshold))
                .sorted(java.util.Comparator.comparing(Finding::severity)).toList();
        StringBuilder sb = new StringBuilder("The security plan in ").append(display(planDirectory.toPath()))
                .append(" has ").append(AbstractSecplanMojo.count(over.size(), "finding")).append(" at or above ")
                .append(threshold).append(" (secplan.failOnSeverity):");
        over.stream().limit(10).forEach(f -> sb.append("\n  ").append(log.where(f)).append(' ').append(f.severity())
                .append(' ').append(f.checkId()).append(" (clause ").append(f.clause()).append(") ")
                .append(f.identifier()).append(": ").append(FindingLines.message(f)));
        if (over.size() > 10) {
            sb.append("\n  ... and ").append(over.size() - 10).append(" more; see the log above or the reports");
        }
        return sb.toString();
    }

    private void writeReports(Set<Format> wanted, FindingReports.Run run) throws MojoExecutionException {
        FindingReports reports = new FindingReports(plugin.getVersion(), project.getArtifactId(), planPrefix(),
                sarifBaseDirectory.toPath(), sarifPrefix());
        Path out = outputDirectory.toPath();
        try {
            for (Format format : wanted) {
                reports.write(format.report, out.resolve(format.file), run);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("cannot write the secplan reports into " + out + ": " + e.getMessage(), e);
        }
    }

    /** The plan directory relative to {@link #sarifBaseDirectory}, '/' separated. */
    private String sarifPrefix() {
        Path base = sarifBaseDirectory.toPath().toAbsolutePath().normalize();
        Path plan = planDirectory.toPath().toAbsolutePath().normalize();
        return base.relativize(plan).toString().replace(File.separatorChar, '/');
    }

    private Optional<Severity> threshold() throws MojoFailureException {
        String s = failOnSeverity == null ? "ERROR" : failOnSeverity.trim();
        if (s.equalsIgnoreCase("NONE")) {
            return Optional.empty();
        }
        return Optional.of(Severity.parse(s).orElseThrow(() -> new MojoFailureException(
                "secplan.failOnSeverity '" + failOnSeverity + "' is not one of ERROR, WARNING, INFO, NONE")));
    }

    private Set<Format> formats() throws MojoFailureException {
        Set<Format> set = EnumSet.noneOf(Format.class);
        List<String> unknown = new ArrayList<>();
        for (String entry : formats == null ? List.<String>of() : formats) {
            for (String name : entry.split(",")) {
                String n = name.trim().toUpperCase(Locale.ROOT);
                if (n.isEmpty() || n.equals("NONE")) {
                    continue;
                }
                try {
                    set.add(Format.valueOf(n));
                } catch (IllegalArgumentException e) {
                    unknown.add(name.trim());
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new MojoFailureException("secplan.formats: unknown report format " + unknown
                    + "; use any of json, sarif, junit, or none");
        }
        return set;
    }

    static String names(Set<Format> formats) {
        return formats.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(","));
    }
}
