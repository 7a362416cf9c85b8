package org.secplan.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The rules for every directory secplan writes into and deletes from (the site, the editions' root, the cache):
 * a directory secplan may own, and the proof that it does. A directory is refused — before anything is read,
 * converted or deleted — when it is the root of the file system, a home directory or one of its ancestors, the
 * working directory or one of its ancestors, a project directory ({@code pom.xml} or {@code .git}), the plan
 * directory, inside it or around it, a symbolic link, not writable, or non-empty without secplan's marker. Only what
 * the marker accounts for is ever deleted, and no link is followed on the way.
 */
public final class OwnedDirectory {
    private OwnedDirectory() {
    }

    /**
     * Throws unless {@code target} may be written as {@code role} (e.g. "the site", "the cache directory").
     *
     * @param planDirectory the plan being built, which is never written; may be null
     * @return the target's real path (links of its existing part resolved)
     */
    public static Path refuseUnsafe(Path target, Path planDirectory, String role) {
        Path t = real(target);
        if (t.getParent() == null) {
            throw refuse(target, role, "it is the root of the file system");
        }
        if (real(Path.of(System.getProperty("user.home"))).startsWith(t)) {
            throw refuse(target, role, "it is a home directory or contains one");
        }
        if (real(Path.of("")).startsWith(t)) {
            throw refuse(target, role, "it is the working directory or contains it");
        }
        if (planDirectory != null) {
            Path plan = real(planDirectory);
            if (plan.startsWith(t)) {
                throw refuse(target, role, "it is the plan directory or contains it (the project root, for example)");
            }
            if (t.startsWith(plan)) {
                throw refuse(target, role, "it is inside the plan directory, where it would be read back as plan content");
            }
        }
        Path given = target.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(given)) {
            throw refuse(target, role, "it is a symbolic link");
        }
        if (Files.exists(t, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(t, LinkOption.NOFOLLOW_LINKS)) {
                throw refuse(target, role, "it exists and is not a directory");
            }
            if (Files.exists(t.resolve("pom.xml"), LinkOption.NOFOLLOW_LINKS)
                    || Files.exists(t.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                throw refuse(target, role, "it holds a pom.xml or .git: it looks like a project directory");
            }
        }
        Path existing = t;
        while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (!Files.isDirectory(existing, LinkOption.NOFOLLOW_LINKS)) {
            throw refuse(target, role, existing + " is a file, not a directory");
        }
        if (!Files.isWritable(existing)) {
            throw refuse(target, role, existing.equals(t) ? "it is not writable" : existing + " is not writable");
        }
        return t;
    }

    /**
     * Throws unless {@code dir} is absent, empty, or holds {@code marker} and nothing but what {@code owned} accepts
     * (paths relative to {@code dir}, '/'-separated; directories count as owned when all they hold is). A symbolic
     * link anywhere inside is never owned: secplan writes none.
     */
    public static void requireOwned(Path dir, String marker, Predicate<String> owned, String role) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || isEmpty(dir)) {
            return;
        }
        if (!Files.isRegularFile(dir.resolve(marker), LinkOption.NOFOLLOW_LINKS)) {
            throw refuse(dir, role, "it is a non-empty directory that secplan did not write (no " + marker + " file)");
        }
        stray(dir, marker, owned).ifPresent(p -> {
            throw refuse(dir, role, "it holds " + p + ", which secplan did not write; move it away first");
        });
    }

    /** The first entry under {@code dir} that is neither the marker nor owned, in path order. */
    private static Optional<String> stray(Path dir, String marker, Predicate<String> owned) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.sorted()
                    .filter(p -> !p.equals(dir))
                    .filter(p -> Files.isSymbolicLink(p) || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> relative(dir, p) + (Files.isSymbolicLink(p) ? " (a symbolic link)" : ""))
                    .filter(rel -> !rel.equals(marker) && !owned.test(rel))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }

    /** A marker that lists the files secplan wrote, one relative path per line after the header. */
    public static byte[] manifest(String header, Collection<String> files) {
        StringBuilder b = new StringBuilder(header).append('\n');
        files.stream().sorted().forEach(f -> b.append(f).append('\n'));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The files a manifest written by {@link #manifest} lists, or empty when the marker is absent or does not start
     * with {@code header} (written by something else, or by an older secplan that listed nothing).
     */
    public static Optional<Set<String>> listed(Path marker, String header) {
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(header)) {
                return Optional.empty();
            }
            return Optional.of(new LinkedHashSet<>(lines.subList(1, lines.size())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + marker, e);
        }
    }

    /**
     * Deletes the listed files under {@code dir} (never following a link), then the directories they leave empty.
     * Anything else stays where it is.
     */
    public static void deleteListed(Path dir, Collection<String> files) throws IOException {
        Set<Path> parents = new LinkedHashSet<>();
        for (String f : files) {
            Path p = dir.resolve(f).normalize();
            if (!p.startsWith(dir) || p.equals(dir)) {
                continue;
            }
            Files.deleteIfExists(p); // removes a link itself, never its target
            for (Path q = p.getParent(); q != null && !q.equals(dir); q = q.getParent()) {
                parents.add(q);
            }
        }
        List<Path> deepestFirst = new ArrayList<>(parents);
        deepestFirst.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        for (Path d : deepestFirst) {
            if (Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS) && isEmpty(d)) {
                Files.delete(d);
            }
        }
    }

    /** Absolute, normalized, with symbolic links of the existing part resolved. */
    public static Path real(Path p) {
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

    public static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path dir, Path p) {
        return dir.relativize(p).toString().replace('\\', '/');
    }

    /** A directory secplan checked but then could not write: a user's problem (permissions, a full disk). */
    public static SecplanException cannotWrite(Path target, String role, IOException e) {
        String why = e instanceof java.nio.file.AccessDeniedException a ? "permission denied on " + a.getFile()
                : e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                        ? f.getReason() + (f.getFile() != null ? " (" + f.getFile() + ")" : "")
                        : String.valueOf(e.getMessage());
        return new SecplanException("cannot write " + role + " to '" + target + "': " + why);
    }

    private static SecplanException refuse(Path target, String role, String why) {
        return new SecplanException("refusing to write " + role + " to '" + target + "': " + why);
    }
}
