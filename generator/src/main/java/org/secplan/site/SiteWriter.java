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
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.secplan.base.OwnedDirectory;
import org.secplan.base.SecplanException;

/**
 * The only class that writes a site to disk. It builds the site in a temporary directory beside the target, checks
 * what it wrote, then swaps it in: the previous site is renamed aside, the new one renamed into place, the old one
 * deleted. If anything fails before the swap, the previous site is untouched and the temporary directory removed.
 *
 * <p>It refuses targets that would destroy something else (see {@link OwnedDirectory}), and a previous site that
 * holds anything its marker does not list: a site is replaced as a whole, so it must hold only what secplan wrote.
 */
public final class SiteWriter {
    /** Written into every site; a non-empty directory without it is never replaced. */
    public static final String MARKER = ".secplan-site";
    /** The marker's first line; the lines after it list every file of the site (nothing else is ever replaced). */
    static final String HEADER = "secplan site: replaced as a whole on every render; the files secplan wrote:";

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
        this.planDirectory = planDirectory == null ? null : OwnedDirectory.real(planDirectory);
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    /** The files a site's marker lists, when it is a marker this writer wrote. */
    public static java.util.Optional<Set<String>> listedFiles(Path marker) {
        return OwnedDirectory.listed(marker, HEADER);
    }

    /** Throws when the target is one the writer refuses; call before any expensive work. */
    public void checkTarget(Path target) {
        Path t = OwnedDirectory.refuseUnsafe(target, planDirectory, "the site");
        Path marker = t.resolve(MARKER);
        if (Files.exists(marker, LinkOption.NOFOLLOW_LINKS) && OwnedDirectory.listed(marker, HEADER).isEmpty()) {
            throw new SecplanException("refusing to write the site to '" + target + "': its " + MARKER + " lists no "
                    + "files (it was written by an earlier secplan, or not by secplan); delete the directory and "
                    + "render again");
        }
        Set<String> listed = OwnedDirectory.listed(marker, HEADER).orElse(Set.of());
        OwnedDirectory.requireOwned(t, MARKER, listed::contains, "the site");
    }

    /**
     * Writes the files (site-relative path → content) as the complete new content of {@code target}.
     *
     * @return the real path of the written site
     */
    public Path write(Path target, Map<String, byte[]> files) {
        checkTarget(target);
        Path t = OwnedDirectory.real(target);
        SortedMap<String, byte[]> all = new TreeMap<>(files);
        all.put(MARKER, OwnedDirectory.manifest(HEADER, files.keySet()));
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
