package org.secplan.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.secplan.Secplan;
import org.secplan.base.SecplanException;
import org.secplan.check.CheckInfo;
import org.secplan.check.CheckReport;
import org.secplan.base.Severity;
import org.secplan.export.FindingLines;
import org.secplan.export.FindingReports;
import org.secplan.export.FindingsJsonWriter;
import org.secplan.plan.PlanGraph;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code secplan check}: load a plan, run every check, print the findings. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check a security plan against ISO 22342 and print the findings, grouped by clause.",
            "Exits 1 when a finding reaches --fail-on, 2 when the plan cannot be loaded."},
        footer = {"", "Examples:", "  secplan check plan/",
            "  secplan check plan/ --report sarif findings.sarif --report junit TEST-secplan.xml",
            "  secplan check plan/ --audience staff --format json"})
final class CheckCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    /** The severity from which findings fail the command. */
    enum FailOn { error, warning, none }

    @Spec
    private CommandSpec spec;

    @Mixin
    private DebugOption debug;

    @Mixin
    private AudienceOption audience;

    @Parameters(index = "0", paramLabel = "<plan-dir>", description = "The plan directory (holding the *.ttl files).")
    private Path planDirectory;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "error|warning|none",
            description = "Exit 1 when a finding is at least this severe: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}).")
    private FailOn failOn;

    @Option(names = "--report", arity = "2", paramLabel = "sarif|junit|json FILE", hideParamSyntax = true,
            description = {"Also write the findings to FILE as SARIF 2.1.0, JUnit XML or JSON: the reports of the "
                    + "Maven plugin's check goal, paths relative to the current directory (repeatable)."})
    private List<String> reports = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Judge the plan's dates as of this day (default: the plan's as-of setting, else today, UTC).")
    private LocalDate asOf;

    @Override
    public Integer call() {
        Map<Path, FindingReports.Format> files = reportFiles();
        PlanGraph plan;
        LocalDate date;
        CheckReport report;
        List<CheckInfo> checks;
        String digest;
        try (Secplan secplan = Secplan.open()) {
            plan = secplan.load(planDirectory);
            date = secplan.asOf(plan, asOf);
            report = secplan.check(audience.scope(secplan, plan, spec.commandLine().getErr()), date);
            checks = secplan.checks(plan);
            digest = secplan.digest(plan);
        }
        writeReports(files, new FindingReports.Run(checks, report.findings(), date, digest));
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? json(report, date, digest) : text(report, plan));
        out.flush();
        return switch (failOn) {
            case none -> ExitCodes.OK;
            case warning -> report.reaches(Severity.WARNING) ? ExitCodes.FINDINGS : ExitCodes.OK;
            case error -> report.reaches(Severity.ERROR) ? ExitCodes.FINDINGS : ExitCodes.OK;
        };
    }

    /** The files {@code --report} names, each with its format, in the order given. */
    private Map<Path, FindingReports.Format> reportFiles() {
        Map<Path, FindingReports.Format> files = new LinkedHashMap<>();
        for (int i = 0; i + 1 < reports.size(); i += 2) {
            try {
                files.put(Path.of(reports.get(i + 1)), FindingReports.Format.parse(reports.get(i)));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--report: " + e.getMessage());
            }
        }
        return files;
    }

    /**
     * Writes the reports with paths relative to the current directory, as a CI server reads them from the checkout;
     * a plan outside it is named relative to itself.
     */
    private void writeReports(Map<Path, FindingReports.Format> files, FindingReports.Run run) {
        if (files.isEmpty()) {
            return;
        }
        Path here = Path.of("").toAbsolutePath().normalize();
        Path plan = planDirectory.toAbsolutePath().normalize();
        Path base = plan.startsWith(here) ? here : plan;
        String prefix = base.relativize(plan).toString().replace(File.separatorChar, '/');
        FindingReports writer = new FindingReports(VersionProvider.version(), null, prefix, base, prefix);
        files.forEach((file, format) -> {
            try {
                writer.write(format, file, run);
            } catch (IOException | UncheckedIOException e) {
                throw new SecplanException("cannot write the report '" + file + "': " + e.getMessage());
            }
        });
    }

    /** The findings grouped by clause, as the Maven plugin logs them, then a count. */
    private String text(CheckReport report, PlanGraph plan) {
        StringBuilder out = new StringBuilder();
        for (FindingLines.Line line : new FindingLines(plan::clauseTitle, this::planPath).lines(report.findings())) {
            out.append(line.text()).append('\n');
        }
        int n = report.findings().size();
        out.append(report.findings().isEmpty() ? "" : "\n").append(n).append(n == 1 ? " finding: " : " findings: ")
                .append(FindingLines.counts(report.findings())).append('\n');
        return out.toString();
    }

    /** A plan file as the user reaches it from where they ran the command: below the plan directory they gave. */
    private String planPath(String fileInPlan) {
        String dir = planDirectory.normalize().toString().replace('\\', '/');
        return dir.isEmpty() || dir.equals(".") ? fileInPlan : dir + (dir.endsWith("/") ? "" : "/") + fileInPlan;
    }

    /** The findings as JSON, in the same shape as the findings.json report of the Maven plugin. */
    private static String json(CheckReport report, LocalDate asOf, String digest) {
        StringWriter text = new StringWriter();
        new FindingsJsonWriter().write(report.findings(), asOf, digest, text);
        return text.toString();
    }
}
