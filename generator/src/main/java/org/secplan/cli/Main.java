package org.secplan.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

/** Entry point of {@code java -jar secplan.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            // Jena reports through SLF4J; users of the command line want its warnings, not its chatter.
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = run(args, out, err);
        } catch (OutOfMemoryError e) {
            // not the user's mistake and not a bug to report with a stack trace: the heap was too small for the plan
            err.println("secplan: out of memory (the JVM may use at most "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB); give it more, for example with "
                    + "SECPLAN_JAVA_OPTS=-Xmx4g through the launcher or java -Xmx4g -jar secplan.jar");
            code = ExitCodes.INTERNAL;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line with the given output streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SecplanCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new FaultHandler());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        return cli;
    }
}
