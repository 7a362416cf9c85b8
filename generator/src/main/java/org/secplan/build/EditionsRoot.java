package org.secplan.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.secplan.base.AtomicFiles;
import org.secplan.base.OwnedDirectory;
import org.secplan.site.SiteWriter;

/**
 * The directory that holds one directory per edition ({@code --out}). It is claimed before anything is rendered:
 * refused where secplan may not write (see {@link OwnedDirectory}), and, when not empty, accepted only if its
 * marker lists the editions it holds and it holds nothing else. A single site an earlier render wrote there is
 * removed file by file from its own list; nothing that secplan did not write is ever deleted.
 */
final class EditionsRoot {
    static final String MARKER = ".secplan-editions";
    static final String HEADER = "secplan editions: one directory per audience; the editions secplan wrote:";
    /** What a site write leaves beside its target while it runs, or after a crash (see SiteWriter). */
    private static final Pattern WRITE_IN_PROGRESS = Pattern.compile("\\.[A-Za-z0-9][A-Za-z0-9._-]*\\.secplan-(new|old)-[0-9]+(/.*)?");

    private EditionsRoot() {
    }

    /** Throws unless the editions may go to {@code out}; writes nothing. Returns its real path. */
    static Path check(Path out, Path planDirectory) {
        Path root = OwnedDirectory.refuseUnsafe(out, planDirectory, "the editions");
        Set<String> site = SiteWriter.listedFiles(root.resolve(SiteWriter.MARKER)).orElse(Set.of());
        Set<String> listed = listed(root);
        OwnedDirectory.requireOwned(root, site.isEmpty() ? MARKER : SiteWriter.MARKER,
                rel -> listed.contains(firstSegment(rel)) || site.contains(rel) || rel.equals(MARKER)
                        || WRITE_IN_PROGRESS.matcher(rel).matches(), "the editions");
        return root;
    }

    /** Checks the root and records that it will hold {@code editions}; returns its real path. */
    static Path claim(Path out, Path planDirectory, Collection<String> editions) {
        Path root = check(out, planDirectory);
        try {
            removeSingleSite(root);
            Set<String> listed = listed(root);
            listed.removeIf(id -> !Files.isDirectory(root.resolve(id)));
            listed.addAll(editions);
            Files.createDirectories(root);
            AtomicFiles.write(root.resolve(MARKER), OwnedDirectory.manifest(HEADER, listed));
        } catch (IOException e) {
            throw OwnedDirectory.cannotWrite(out, "the editions", e);
        }
        return root;
    }

    /** A site rendered straight into the root by an earlier build gives way to the editions: only its own files go. */
    private static void removeSingleSite(Path root) throws IOException {
        Path marker = root.resolve(SiteWriter.MARKER);
        SiteWriter.listedFiles(marker).ifPresent(files -> {
            try {
                OwnedDirectory.deleteListed(root, files);
                Files.delete(marker);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the earlier site in " + root, e);
            }
        });
    }

    private static Set<String> listed(Path root) {
        return new TreeSet<>(OwnedDirectory.listed(root.resolve(MARKER), HEADER).orElse(Set.of()));
    }

    private static String firstSegment(String rel) {
        int slash = rel.indexOf('/');
        return slash < 0 ? rel : rel.substring(0, slash);
    }
}
