package org.secplan.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.secplan.BuildIdentity;
import org.secplan.InputDigest;
import org.secplan.Secplan;

/**
 * Decides whether a goal can skip its work: a SHA-256 over every file of the plan directory (path and content),
 * the goal's parameters and the identity of the tool, kept in a marker file under {@code target/secplan/} after
 * each successful run. A failed run removes the marker, so a broken plan is checked again every time.
 */
final class UpToDate {

    private final Path marker;
    private final Path planDirectory;
    private final String tool;
    private final String[] parameters;

    UpToDate(Path marker, Path planDirectory, String tool, String... parameters) {
        this.marker = marker;
        this.planDirectory = planDirectory;
        this.tool = tool;
        this.parameters = parameters.clone();
    }

    /** The digest of the current inputs. */
    String digest() {
        InputDigest digest = new InputDigest().add(tool).add(BuildIdentity.of(Secplan.class))
                .add(BuildIdentity.of(UpToDate.class));
        for (String p : parameters) {
            digest.add(p);
        }
        return digest.addFiles(planDirectory).hex();
    }

    /** True when the marker holds {@code digest} and every one of {@code outputs} exists. */
    boolean isCurrent(String digest, Path... outputs) {
        try {
            if (!Files.isRegularFile(marker) || !Files.readString(marker, StandardCharsets.UTF_8).strip().equals(digest)) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        for (Path o : outputs) {
            if (!Files.exists(o)) {
                return false;
            }
        }
        return true;
    }

    /** Forgets the last success; called before the work starts, so only a completed run leaves a marker. */
    void invalidate() throws IOException {
        Files.deleteIfExists(marker);
    }

    void record(String digest) throws IOException {
        Files.createDirectories(marker.getParent());
        Files.writeString(marker, digest + "\n", StandardCharsets.UTF_8);
    }
}
