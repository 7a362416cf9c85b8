package org.secplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.secplan.base.SecplanException;
import org.secplan.synth.PlanSynthesizer;
import org.secplan.synth.SynthResult;
import org.secplan.synth.SynthSize;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code secplan synth}: write a synthetic plan that checks clean, for trying secplan out at scale. */
@Command(name = "synth", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write a synthetic security plan (Turtle files, secplan.properties, pages) that checks clean.",
            "The same --size and --seed always give the same bytes."})
final class SynthCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DebugOption debug;

    @Option(names = "--size", required = true, paramLabel = "S|M|L",
            description = "S (about the sample plan), M (1,000 risks) or L (10,000 risks, 2,000 controls, "
                    + "5,000 assets).")
    private SynthSize size;

    @Option(names = "--out", required = true, paramLabel = "<dir>", description = "The plan directory to write.")
    private Path out;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "<n>",
            description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--force", description = "Empty the output directory first when it is not empty.")
    private boolean force;

    @Override
    public Integer call() {
        if (force && Files.isDirectory(out)) {
            clear(out);
        }
        SynthResult result = PlanSynthesizer.write(size, seed, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(java.util.Locale.ROOT, "wrote a size %s plan (seed %d) to %s: %d files, %d bytes, %d entities%n",
                size, seed, out, result.files().size(), result.bytes(), result.entityCount());
        result.entities().forEach((kind, count) -> stdout.printf(java.util.Locale.ROOT, "  %-24s %,d%n", kind, count));
        stdout.flush();
        return ExitCodes.OK;
    }

    /** Empties {@code dir}, refusing the places nobody means to wipe. */
    private static void clear(Path dir) {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (real.getParent() == null || real.equals(home) || real.equals(cwd) || cwd.startsWith(real)) {
            throw new SecplanException("refusing to empty '" + dir + "' (the root, home or working directory)");
        }
        try (Stream<Path> walk = Files.walk(real)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(real)).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
