package org.secplan.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * secplan's one digest: SHA-256 over parts, each framed by its length, so that ("ab", "c") and ("a", "bc") never
 * collide and a missing part is told apart from every text. Up-to-date stamps, the page cache and the shell of
 * a page are all keyed by it.
 */
public final class Digest {
    private final MessageDigest md;

    private Digest(MessageDigest md) {
        this.md = md;
    }

    public static Digest sha256() {
        try {
            return new Digest(MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The hex digest of the parts, in order. */
    public static String of(String... parts) {
        Digest d = sha256();
        for (String p : parts) {
            d.add(p);
        }
        return d.hex();
    }

    /**
     * The plain SHA-256 of one text's UTF-8 bytes, unframed: for identifiers other tools keep (SARIF fingerprints),
     * which must not change when secplan's framing does.
     */
    public static String ofText(String text) {
        return HexFormat.of().formatHex(sha256().md.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The plain SHA-256 of some bytes, unframed, in hex: what {@code sha256sum} prints for a file of them. */
    public static String ofBytes(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().md.digest(bytes));
    }

    /** Adds a text part; null is told apart from every text. */
    public Digest add(String part) {
        if (part == null) {
            md.update((byte) '-');
        } else {
            frame(part.getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    /** Adds every regular file below {@code directory} (links not followed): its relative path and its bytes. */
    public Digest addFiles(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path f : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                add(directory.relativize(f).toString().replace('\\', '/'));
                md.update(Long.toString(Files.size(f)).getBytes(StandardCharsets.UTF_8));
                md.update((byte) ':');
                try (InputStream in = new DigestInputStream(Files.newInputStream(f), md)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the files of " + directory + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** The hex digest of the parts so far; the digest can take more parts afterwards. */
    public String hex() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) md.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digests can be cloned on every Java runtime", e);
        }
    }

    private void frame(byte[] bytes) {
        md.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        md.update((byte) ':');
        md.update(bytes);
    }
}
