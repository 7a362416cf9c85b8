package org.secplan.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.secplan.base.SecplanException;

/**
 * The only class that writes a site to disk. It builds the site in a temporary directory beside the target, checks
 * what it wrote, then swaps it in: the previous site is renamed aside, the new one renamed into place, the old one
 * deleted. If anything fails before the swap, the previous site is untouched and the temporary directory removed.
 *
 * <p>It refuses targets that would destroy something else: {@code /}, a home directory or one of its ancestors,
 * the plan directory, anything inside it or above it (which includes the project root), a directory holding a
 * {@code pom.xml} or {@code .git}, and a non-empty directory that is not a secplan site.
 */
public final class SiteWriter {
    /** Written into every site; a non-empty directory without it is never replaced. */
    public static final String MARKER = ".secplan-site";

    private final Path planDirectory;
    private final Consumer<Path> verifier;

    /** @param planDirectory the plan being rendered, which the site must never overwrite; may be null */
    public SiteWriter(Path planDirectory) {
        this(planDirectory, dir -> { });
    }

    /**
     * @param verifier runs on the finished temporary directory before the swap; throwing there cancels the swap
     */
    public SiteWriter(Path planDirectory, Consumer<Path> verifier) {
        this.planDirectory = planDirectory == null ? null : real(planDirectory);
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    /** Throws when the target is one the writer refuses; call before any expensive work. */
    public void checkTarget(Path target) {
        Path t = real(target);
        if (t.getParent() == null) {
            throw refuse(target, "it is the root of the file system");
        }
        Path home = real(Path.of(System.getProperty("user.home")));
        if (home.startsWith(t)) {
            throw refuse(target, "it is a home directory or contains one");
        }
        if (planDirectory != null) {
            if (planDirectory.startsWith(t)) {
                throw refuse(target, "it is the plan directory or contains it (the project root, for example)");
            }
            if (t.startsWith(planDirectory)) {
                throw refuse(target, "it is inside the plan directory, where the site would be read back as plan content");
            }
        }
        if (Files.exists(t, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(t)) {
                throw refuse(target, "it exists and is not a directory");
            }
            if (Files.exists(t.resolve("pom.xml")) || Files.exists(t.resolve(".git"))) {
                throw refuse(target, "it holds a pom.xml or .git: it looks like a project directory");
            }
            if (!Files.exists(t.resolve(MARKER)) && !isEmpty(t)) {
                throw refuse(target, "it is a non-empty directory that secplan did not write (no " + MARKER + " file)");
            }
        }
    }

    /**
     * Writes the files (site-relative path → content) as the complete new content of {@code target}.
     *
     * @return the real path of the written site
     */
    public Path write(Path target, Map<String, byte[]> files) {
        checkTarget(target);
        Path t = real(target);
        SortedMap<String, byte[]> all = new TreeMap<>(files);
        all.put(MARKER, "secplan site: this directory is replaced as a whole on every render.\n"
                .getBytes(StandardCharsets.UTF_8));
        Path tmp = null;
        try {
            Files.createDirectories(t.getParent());
            tmp = Files.createTempDirectory(t.getParent(), "." + t.getFileName() + ".secplan-new-");
            readableByAll(tmp);
            boolean previous = Files.isRegularFile(t.resolve(MARKER));
            for (Map.Entry<String, byte[]> f : all.entrySet()) {
                Path file = inside(tmp, f.getKey());
                Files.createDirectories(file.getParent());
                if (!previous || !linkedUnchanged(t.resolve(f.getKey()), file, f.getValue())) {
                    Files.write(file, f.getValue());
                }
            }
            verify(tmp, all);
            verifier.accept(tmp);
            swap(tmp, t);
            tmp = null;
            return t;
        } catch (IOException e) {
            throw new SecplanException("cannot write the site to '" + target + "': " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    /**
     * Links {@code fresh} to the previous site's file when that file holds exactly {@code content}: a rebuild after
     * a small edit then writes only what changed, and the swap stays atomic (the previous site is never modified).
     */
    private static boolean linkedUnchanged(Path old, Path fresh, byte[] content) {
        try {
            if (!Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) || Files.size(old) != content.length
                    || !java.util.Arrays.equals(Files.readAllBytes(old), content)) {
                return false;
            }
            Files.createLink(fresh, old);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // no hard links here (another file system, say): the file is written
        }
    }

    /** Temporary directories are private; a site is meant to be served, so it gets the usual rwxr-xr-x. */
    private static void readableByAll(Path dir) {
        try {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: its defaults apply
        }
    }

    private static Path inside(Path root, String relative) {
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\")) {
            throw new SecplanException("refusing to write site file '" + relative + "': not a relative path");
        }
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw new SecplanException("refusing to write site file '" + relative + "': it leaves the site");
        }
        return p;
    }

    private static void verify(Path dir, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            if (!Files.isRegularFile(p) || Files.size(p) != f.getValue().length) {
                throw new SecplanException("the site file '" + f.getKey() + "' was not written completely");
            }
        }
    }

    private static void swap(Path fresh, Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(fresh, target);
            return;
        }
        Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".secplan-old-");
        Files.delete(old);
        move(target, old);
        try {
            move(fresh, target);
        } catch (IOException e) {
            move(old, target);
            throw e;
        }
        deleteQuietly(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Absolute, normalized, with symbolic links of the existing part resolved. */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        Path rest = null;
        while (existing != null && !Files.exists(existing)) {
            Path name = existing.getFileName();
            if (name == null) {
                return abs;
            }
            rest = rest == null ? name : name.resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            Path r = existing.toRealPath();
            return rest == null ? r : r.resolve(rest).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    private static SecplanException refuse(Path target, String why) {
        return new SecplanException("refusing to write the site to '" + target + "': " + why);
    }

    static void deleteQuietly(Path dir) {
        try {
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: a leftover temporary directory is harmless and visibly named
        }
    }
}
