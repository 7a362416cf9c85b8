package org.secplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.secplan.Secplan;
import org.secplan.control.EndorsedPlan;
import org.secplan.control.EndorsementMessages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code secplan digest}: print the digest of a plan's endorsable content. */
@Command(name = "digest", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print the digest of a plan's content: its statements (less the endorsement records and the "
                + "plan's status) and its pages, in RDFC-1.0 canonical form, hashed with SHA-256.",
            "It is the digest 'secplan endorse' records, and the SHA-256 of the snapshot it keeps in endorsed/."},
        footer = {"", "Examples:", "  secplan digest plan/", "  secplan digest plan/ --endorsements"})
final class DigestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DebugOption debug;

    @Parameters(index = "0", paramLabel = "<plan-dir>", description = "The plan directory.")
    private Path planDirectory;

    @Option(names = "--endorsements", description = "Also say, for each plan endorsed with a digest, whether its "
            + "content is still the endorsed content.")
    private boolean endorsements;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Secplan secplan = Secplan.open()) {
            var plan = secplan.load(planDirectory);
            out.println(secplan.digest(plan));
            if (endorsements) {
                for (EndorsedPlan e : secplan.endorsements(plan)) {
                    out.println(plan.entity(e.planIri()).map(x -> x.identifier()).orElse(e.planIri()) + " version "
                            + e.version() + ": endorsed as " + e.endorsementId() + " (" + e.endorsedOn() + ") with "
                            + EndorsementMessages.abbreviated(e.endorsedDigest())
                            + (e.unchanged() ? ", unchanged" : ", CHANGED since"));
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
