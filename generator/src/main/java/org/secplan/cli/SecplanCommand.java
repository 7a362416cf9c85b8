package org.secplan.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code secplan} command; does nothing by itself but list its subcommands. */
@Command(name = "secplan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Security plans as code (ISO 22342): check a plan, list the checks, query the plan.",
        subcommands = {CheckCommand.class, ChecksCommand.class, QueryCommand.class, RenderCommand.class,
                DigestCommand.class, EndorseCommand.class, DiffCommand.class, SynthCommand.class, BenchCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 findings at or above --fail-on, 2 unusable input or arguments, "
                + "3 internal error.", "Run 'secplan <command> --help' for a command's options."})
final class SecplanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
