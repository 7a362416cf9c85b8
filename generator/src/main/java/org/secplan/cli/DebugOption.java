package org.secplan.cli;

import picocli.CommandLine.Option;

/** The {@code --debug} option every command takes: show stack traces of internal errors. */
final class DebugOption {
    @Option(names = "--debug", description = "Print the stack trace when secplan itself fails.")
    boolean debug;
}
