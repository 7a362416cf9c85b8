package org.secplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

import org.secplan.Secplan;
import org.secplan.control.Endorser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code secplan endorse}: record that top management endorsed the plan's current content. */
@Command(name = "endorse", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Record that top management endorsed the plan's current content (ISO 22342 clause 4).",
            "Appends the endorsement (who, when, version, content digest) to <plan-dir>/endorsements.ttl and keeps a "
                + "canonical snapshot of the endorsed content in <plan-dir>/endorsed/; commit both. From then on, any "
                + "change to the plan's statements or pages is an ERROR (plan-unchanged-since-endorsement) that lists "
                + "what changed, until the changed plan is endorsed again."},
        footer = {"", "Examples:", "  secplan endorse plan/ --by ROLE-BOARD --date 2026-02-20 --note 'Board minute B/26/014'"})
final class EndorseCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DebugOption debug;

    @Parameters(index = "0", paramLabel = "<plan-dir>", description = "The plan directory.")
    private Path planDirectory;

    @Option(names = "--by", required = true, paramLabel = "ROLE-ID",
            description = "The identifier of the top-management role that endorsed the plan.")
    private String by;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The day it was endorsed (default: today, UTC).")
    private LocalDate date;

    @Option(names = "--plan", paramLabel = "PLAN-ID",
            description = "The plan endorsed, when the directory holds several overarching plans "
                    + "(default: the one that is not a supporting plan of another).")
    private String plan;

    @Option(names = "--id", paramLabel = "ID",
            description = "The new endorsement's identifier (default: EN-<plan>-<version>).")
    private String identifier;

    @Option(names = "--note", paramLabel = "TEXT", description = "A description: the meeting, the minute.")
    private String note;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Endorser.Result result;
        try (Secplan secplan = Secplan.open()) {
            result = secplan.endorse(secplan.load(planDirectory), new Endorser.Request(plan, by,
                    date != null ? date : LocalDate.now(ZoneOffset.UTC), identifier, note));
        }
        if (result.existing()) {
            out.println(result.plan() + " version " + result.version() + " is already endorsed with this content by "
                    + by + " (" + result.identifier() + "); nothing written");
        } else {
            out.println("recorded " + result.identifier() + ": " + result.plan() + " version " + result.version()
                    + " endorsed by " + by);
            out.println("  content digest " + result.digest());
            out.println("  record   " + result.records());
            out.println("  snapshot " + result.snapshot());
            out.println("commit both with the plan");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
