package org.secplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.secplan.base.SecplanException;

/**
 * A plan directory as a git revision holds it, extracted into a temporary directory (with {@code git archive}; the
 * working tree, index and branches are left alone). Deleted on {@link #close()}.
 */
final class GitRevision implements AutoCloseable {

    private final Path root;
    private final Path plan;

    private GitRevision(Path root, Path plan) {
        this.root = root;
        this.plan = plan;
    }

    /** The plan directory {@code planDirectory} (inside a git work tree) as {@code revision} has it. */
    static GitRevision extract(Path planDirectory, String revision) {
        if (revision.startsWith("-")) {
            throw new SecplanException("--git " + revision + ": a revision cannot start with '-'");
        }
        Path dir = planDirectory.toAbsolutePath().normalize();
        String top = run(dir, "git", "rev-parse", "--show-toplevel").strip();
        Path relative;
        try {
            relative = Path.of(top).toRealPath().relativize(dir.toRealPath());
        } catch (IOException e) {
            throw new SecplanException("cannot resolve " + dir + ": " + e.getMessage(), e);
        }
        String spec = relative.toString().isEmpty() ? "." : relative.toString().replace('\\', '/');
        try {
            Path root = Files.createTempDirectory("secplan-git-");
            Path tar = root.resolve("plan.tar");
            run(Path.of(top), List.of("git", "archive", "--format=tar", "-o", tar.toString(), revision, "--", spec));
            run(root, List.of("tar", "-xf", tar.toString(), "-C", root.toString()));
            Files.delete(tar);
            Path plan = root.resolve(relative);
            if (!Files.isDirectory(plan)) {
                delete(root);
                throw new SecplanException("the revision " + revision + " has no " + spec + "/ (the plan directory)");
            }
            return new GitRevision(root, plan);
        } catch (IOException e) {
            throw new SecplanException("cannot extract " + spec + " at " + revision + ": " + e.getMessage(), e);
        }
    }

    Path plan() {
        return plan;
    }

    private static String run(Path dir, String... command) {
        return run(dir, List.of(command));
    }

    private static String run(Path dir, List<String> command) {
        try {
            Process p = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new SecplanException(String.join(" ", command) + " failed in " + dir + ": " + output.strip());
            }
            return output;
        } catch (IOException e) {
            throw new SecplanException("cannot run " + command.get(0) + " (is it installed?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SecplanException("interrupted while running " + command.get(0), e);
        }
    }

    @Override
    public void close() {
        delete(root);
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory left behind is the system's to clean; the comparison is done
        }
    }
}
