package org.secplan.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.secplan.base.SecplanException;
import org.secplan.config.PlanConfig;

/**
 * The files of a plan directory: every {@code *.ttl} at any depth, except under the plan's own {@code checks/},
 * {@code pages/}, {@code target/} and {@code endorsed/} (the snapshots of its endorsements) folders and hidden files or
 * folders.
 */
public final class PlanSource {

    /** Where endorsing a plan keeps the canonical N-Triples of the endorsed content: secplan's, not plan data. */
    public static final String ENDORSED = "endorsed";

    private static final Set<String> RESERVED_FOLDERS = Set.of("checks", "pages", "target", ENDORSED);
    private static final List<String> OTHER_RDF = List.of(".rdf", ".owl", ".jsonld", ".json", ".nt", ".nq", ".trig",
            ".n3");

    private final Path directory;

    public PlanSource(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new SecplanException("plan directory '" + directory + "' does not exist or is not a directory");
        }
        this.directory = directory.toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    /** The plan's data files, sorted by their relative path. */
    public List<Path> dataFiles() {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> p.getFileName().toString().endsWith(".ttl"))
                    .filter(this::isPlanData)
                    .sorted((a, b) -> relative(a).compareTo(relative(b)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every symbolic link in the plan directory (outside hidden folders), by relative path. secplan reads no link:
     * a link could publish or run a file from anywhere on the machine that builds the plan.
     */
    public List<String> links() {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isSymbolicLink)
                    .filter(p -> !isHidden(directory.relativize(p)))
                    .map(this::relative)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every text file secplan reads from the plan — data, pages, checks, settings — by relative path, links and
     * hidden folders left out.
     */
    public List<Path> textFiles() {
        return walkFiles(p -> {
            String name = p.getFileName().toString();
            String first = directory.relativize(p).getName(0).toString();
            return !first.equals("target") && (name.endsWith(".ttl") || name.endsWith(".adoc")
                    || name.endsWith(".rq") || name.equals(PlanConfig.FILE_NAME));
        });
    }

    /** RDF files in a format secplan does not read: reported, so that no part of a plan is silently left out. */
    public List<Path> unreadRdfFiles() {
        return walkFiles(p -> {
            String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            String first = directory.relativize(p).getName(0).toString();
            return !first.equals("target") && !first.equals(ENDORSED)
                    && OTHER_RDF.stream().anyMatch(name::endsWith);
        });
    }

    private List<Path> walkFiles(java.util.function.Predicate<Path> wanted) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !isHidden(directory.relativize(p)))
                    .filter(wanted)
                    .sorted((a, b) -> relative(a).compareTo(relative(b)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan's own checks folder, when it has one. */
    public Path checksFolder() {
        return directory.resolve("checks");
    }

    /** A file's path relative to the plan directory with '/' separators, as used in every message. */
    public String relative(Path file) {
        Path rel = directory.relativize(file.toAbsolutePath().normalize());
        return rel.toString().replace('\\', '/');
    }

    private boolean isPlanData(Path file) {
        Path rel = directory.relativize(file);
        if (rel.getNameCount() > 1 && RESERVED_FOLDERS.contains(rel.getName(0).toString())) {
            return false;
        }
        return !isHidden(rel);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
