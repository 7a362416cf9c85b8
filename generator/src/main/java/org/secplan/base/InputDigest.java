package org.secplan.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * A SHA-256 over what a build is made of: text parts (options, the identity of secplan's build) and every file of
 * a directory by path and content. Equal digests mean the build would come out the same, so it can be skipped.
 */
public final class InputDigest {
    private final MessageDigest md;

    public InputDigest() {
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Adds a text part; null is told apart from every text. */
    public InputDigest add(String part) {
        md.update((part == null ? "\u0000null" : part).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        return this;
    }

    /** Adds every regular file below {@code directory}: its relative path and its bytes, in path order. */
    public InputDigest addFiles(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                add(directory.relativize(f).toString().replace('\\', '/'));
                try (InputStream in = new DigestInputStream(Files.newInputStream(f), md)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the files of " + directory + ": " + e.getMessage(), e);
        }
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(md.digest());
    }
}
