package org.secplan.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.secplan.base.AtomicFiles;
import org.secplan.base.BuildIdentity;
import org.secplan.base.Digest;
import org.secplan.base.SecplanException;

/**
 * secplan's one way of telling that a run would come out as it did last time: a SHA-256 over every file of the plan
 * directory (path and content), the run's options and the identity of secplan's build, kept in a stamp file with
 * the outputs the run made. Only a run that completes leaves a stamp ({@link #invalidate} before the work,
 * {@link #record} after it), so a broken plan is looked at again every time. Renders and checks, from the CLI and
 * from Maven, all decide "up to date" here.
 */
public final class BuildStamp {
    /** Bump when what a stamp covers changes. */
    private static final String FORMAT = "secplan-stamp-2";

    private final Path file;
    private final String digest;

    /**
     * @param file          where the stamp is kept (secplan's own directory, never a served one)
     * @param planDirectory the plan whose files the digest covers
     * @param options       the run's options that change its outcome (null entries allowed)
     * @param today         the day of the run: without a date given, the judging date comes from the clock, so a
     *                      new day is a new run
     */
    public BuildStamp(Path file, Path planDirectory, List<String> options, LocalDate today) {
        this.file = file;
        Digest d = Digest.sha256().add(FORMAT).add(BuildIdentity.of(BuildStamp.class)).add(today.toString());
        options.forEach(d::add);
        try {
            this.digest = d.addFiles(planDirectory).hex();
        } catch (java.io.UncheckedIOException e) {
            throw new SecplanException(e.getMessage());
        }
    }

    /**
     * The outputs the last run recorded, when its stamp holds this digest and every one of them still exists;
     * else empty, meaning: run (an unreadable stamp too).
     */
    public Optional<List<Path>> current() {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(digest)) {
                return Optional.empty();
            }
            List<Path> outputs = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                Path output = Path.of(line);
                if (!Files.exists(output)) {
                    return Optional.empty();
                }
                outputs.add(output);
            }
            return Optional.of(List.copyOf(outputs));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Forgets the last success; called before the work starts. */
    public void invalidate() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new SecplanException("cannot remove the stamp " + file + ": " + e.getMessage());
        }
    }

    /** Records a completed run and what it made. */
    public void record(List<Path> outputs) {
        StringBuilder text = new StringBuilder(digest).append('\n');
        outputs.forEach(o -> text.append(o.toAbsolutePath().normalize()).append('\n'));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SecplanException("cannot write the stamp " + file + ": " + e.getMessage());
        }
    }
}
