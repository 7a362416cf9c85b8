package org.secplan.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.secplan.BuildIdentity;
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
        MessageDigest md = sha256();
        update(md, tool);
        update(md, BuildIdentity.of(Secplan.class));
        update(md, BuildIdentity.of(UpToDate.class));
        for (String p : parameters) {
            update(md, p == null ? "\u0000null" : p);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(planDirectory)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plan directory " + planDirectory, e);
        }
        for (Path f : files) {
            update(md, planDirectory.relativize(f).toString().replace('\\', '/'));
            try (InputStream in = new DigestInputStream(Files.newInputStream(f), md)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
        }
        return HexFormat.of().formatHex(md.digest());
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

    private static void update(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
