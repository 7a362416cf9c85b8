package org.secplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.secplan.Secplan;
import org.secplan.build.AudienceScope;
import org.secplan.build.ChangeReview;
import org.secplan.control.EndorsementMessages;
import org.secplan.control.PlanChanges;
import org.secplan.export.ChangesWriter;
import org.secplan.plan.PlanGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code secplan diff}: what changed between two versions of a plan, element by element. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Show what changed between two versions of a plan: elements added and removed, and for each "
                + "changed element every property whose values differ (old → new); pages added, removed or changed.",
            "Elements are matched by identifier; nested structures (ratings, lists) are compared by content."},
        footer = {"", "Examples:", "  secplan diff old-plan/ plan/", "  secplan diff plan/ --git main --format markdown",
            "  secplan diff plan/ --endorsed", "  secplan diff old-plan/ plan/ --audience staff --format json"})
final class DiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DebugOption debug;

    @Mixin
    private AudienceOption audience;

    @Parameters(arity = "1..2", paramLabel = "DIR",
            description = "OLD NEW: two plan directories; or NEW alone with --git or --endorsed.")
    private List<Path> directories;

    @Option(names = "--git", paramLabel = "REF",
            description = "Compare with the plan directory as the git revision REF holds it (a branch, tag or commit).")
    private String git;

    @Option(names = "--endorsed", description = "Compare with the content top management endorsed (the snapshot "
            + "'secplan endorse' kept in endorsed/).")
    private boolean endorsed;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|markdown|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ChangesWriter.Format format;

    @Option(names = "--exit-code", description = "Exit with 1 when there are changes (as git diff --exit-code).")
    private boolean exitCode;

    @Override
    public Integer call() {
        int sources = (git != null ? 1 : 0) + (endorsed ? 1 : 0) + (directories.size() == 2 ? 1 : 0);
        if (sources != 1) {
            throw new ParameterException(spec.commandLine(),
                    "compare with exactly one earlier version: OLD NEW, or NEW with --git REF, or NEW with --endorsed");
        }
        Path current = directories.get(directories.size() - 1);
        PlanChanges changes;
        String previousName;
        try (Secplan secplan = Secplan.open()) {
            PlanGraph plan = secplan.load(current);
            AudienceScope scope = audience.scope(secplan, plan, spec.commandLine().getErr());
            if (endorsed) {
                ChangeReview.SinceEndorsement since = secplan.changesSinceEndorsement(scope).orElse(null);
                if (since == null) {
                    spec.commandLine().getErr().println("secplan: every plan endorsed with a digest still has the "
                            + "endorsed content (or none records one: see 'secplan digest --endorsements')");
                    changes = PlanChanges.none();
                    previousName = "endorsed";
                } else if (since.changes() == null) {
                    throw new org.secplan.base.SecplanException(since.endorsement().snapshotProblem());
                } else {
                    changes = since.changes();
                    previousName = since.endorsement().endorsementId() + " ("
                            + EndorsementMessages.abbreviated(since.endorsement().endorsedDigest()) + ")";
                }
            } else if (git != null) {
                try (GitRevision revision = GitRevision.extract(current, git)) {
                    changes = secplan.diff(secplan.load(revision.plan()), scope);
                }
                previousName = git;
            } else {
                changes = secplan.diff(secplan.load(directories.get(0)), scope);
                previousName = directories.get(0).toString();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(new ChangesWriter(previousName, current.toString()).write(changes, format));
        out.flush();
        return exitCode && !changes.isEmpty() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
