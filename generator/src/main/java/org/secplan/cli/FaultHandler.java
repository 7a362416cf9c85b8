package org.secplan.cli;

import java.io.PrintWriter;

import org.secplan.base.SecplanException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What the user sees when a command fails: a user's mistake ({@link SecplanException}) prints its message and
 * exits 2; anything else is secplan's own fault, printed as a short "internal error" (with the stack trace
 * only under {@code --debug}) and exit 3.
 */
final class FaultHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parseResult) {
        PrintWriter err = cli.getErr();
        if (ex instanceof SecplanException) {
            err.println(ex.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        err.println("secplan: internal error: " + ex + (debug(parseResult) ? ""
                : " (run again with --debug to see the stack trace, and please report it)"));
        if (debug(parseResult)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    private static boolean debug(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
