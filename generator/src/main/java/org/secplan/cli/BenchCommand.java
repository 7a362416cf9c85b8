package org.secplan.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.secplan.Secplan;
import org.secplan.synth.Benchmark;
import org.secplan.synth.SynthSize;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code secplan bench}: measure load, check (in this process and in a fresh one) on a synthetic plan. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Benchmark secplan on a synthetic plan written to a temporary directory.",
            "Prints each figure as it is measured and ends with one JSON line."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DebugOption debug;

    @Option(names = "--size", defaultValue = "S", paramLabel = "S|M|L",
            description = "Plan size: S, M or L (default: ${DEFAULT-VALUE}).")
    private SynthSize size;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "<n>",
            description = "Seed of the synthetic plan (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--per-check", description = "Also time each SPARQL check on its own.")
    private boolean perCheck;

    @Option(names = "--keep", description = "Keep the generated plan (its directory is printed).")
    private boolean keep;

    @Option(names = "--no-cold", description = "Skip the fresh 'secplan check' process.")
    private boolean noCold;

    @Option(names = "--no-render", description = "Skip rendering (load and check only).")
    private boolean noRender;

    @Option(names = "--no-parallel", description = "Skip the render with one engine per core (on a 2-core machine "
            + "the automatic full build uses one engine anyway).")
    private boolean noParallel;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> cold = noCold ? List.of() : coldCommand();
        if (!cold.isEmpty()) {
            out.println("the cold 'secplan check' process is: " + String.join(" ", cold) + " check <plan>");
            out.flush();
        }
        try (Secplan secplan = Secplan.open()) {
            new Benchmark(new Benchmark.Options(size, seed, perCheck, keep, cold, !noRender, !noParallel), out, secplan)
                    .run();
        }
        return ExitCodes.OK;
    }

    /**
     * The command that starts secplan again as a user does: the launcher beside the jar when it is there (it adds
     * the class-data-sharing archive and the JVM flags that a fresh process needs to start fast), else
     * {@code java -jar <jar>}, else the class path when this secplan does not run from a jar.
     */
    private static List<String> coldCommand() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java));
        try {
            Path location = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location) && location.toString().endsWith(".jar")) {
                Path launcher = location.resolveSibling("secplan");
                // The launcher is a POSIX shell script: no use on Windows, where any file counts as executable.
                if (Files.isRegularFile(launcher) && Files.isExecutable(launcher)
                        && !System.getProperty("os.name", "").startsWith("Windows")) {
                    return List.of(launcher.toString());
                }
                command.addAll(List.of("-jar", location.toString()));
                return command;
            }
        } catch (java.net.URISyntaxException | SecurityException e) {
            // fall back to the class path
        }
        // named, not referenced: Main lists this command, and classes do not call each other in a circle
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchCommand.class.getPackageName() + ".Main"));
        return command;
    }
}
