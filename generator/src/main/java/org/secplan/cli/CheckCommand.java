package org.secplan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.secplan.Secplan;
import org.secplan.check.CheckReport;
import org.secplan.base.Severity;
import org.secplan.export.FindingsJsonWriter;
import org.secplan.plan.PlanGraph;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code secplan check}: load a plan, run every check, print the findings. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check a security plan against ISO 22342 and print the findings, grouped by clause.",
            "Exits 1 when a finding reaches --fail-on, 2 when the plan cannot be loaded."})
final class CheckCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    /** The severity from which findings fail the command. */
    enum FailOn { error, warning, none }

    @Spec
    private CommandSpec spec;

    @Mixin
    private DebugOption debug;

    @Parameters(index = "0", paramLabel = "<plan-dir>", description = "The plan directory (holding the *.ttl files).")
    private Path planDirectory;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "error|warning|none",
            description = "Exit 1 when a finding is at least this severe: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}).")
    private FailOn failOn;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Judge the plan's dates as of this day (default: the plan's as-of setting, else today, UTC).")
    private LocalDate asOf;

    @Override
    public Integer call() {
        PlanGraph plan;
        LocalDate date;
        CheckReport report;
        try (Secplan secplan = Secplan.open()) {
            plan = secplan.load(planDirectory);
            date = secplan.asOf(plan, asOf);
            report = secplan.check(plan, date);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? json(report, date) : new FindingText(plan).write(report));
        out.flush();
        return switch (failOn) {
            case none -> ExitCodes.OK;
            case warning -> report.reaches(Severity.WARNING) ? ExitCodes.FINDINGS : ExitCodes.OK;
            case error -> report.reaches(Severity.ERROR) ? ExitCodes.FINDINGS : ExitCodes.OK;
        };
    }

    /** The findings as JSON, in the same shape as the findings.json report of the Maven plugin. */
    private static String json(CheckReport report, LocalDate asOf) {
        StringWriter text = new StringWriter();
        new FindingsJsonWriter().write(report.findings(), asOf, text);
        return text.toString();
    }
}
