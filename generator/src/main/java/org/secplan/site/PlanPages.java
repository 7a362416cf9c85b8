package org.secplan.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.secplan.base.SecplanException;

/**
 * What a plan directory's {@code pages/} holds for the site: the narrative pages ({@code pages/**.adoc}) and the
 * images beside them, in a stable order. The one reader of {@code pages/}: the render and the page checks read
 * the same files the same way.
 *
 * @param narrative   the AsciiDoc pages, line ends normalized to {@code \n}
 * @param images      the images with a site-safe path
 * @param imageLevels an image's own classification level token, from the file beside it named like the image
 *                    with {@code .classification} added ({@code pages/rota.png.classification} holding
 *                    {@code secret}); images without one go wherever a page that shows them goes
 */
public record PlanPages(List<NarrativeSource> narrative, List<Asset> images, Map<String, String> imageLevels) {
    /** The suffix of the file that classifies the image it is named after. */
    public static final String LEVEL_SUFFIX = ".classification";

    private static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg");

    public PlanPages {
        narrative = List.copyOf(narrative);
        images = List.copyOf(images);
        imageLevels = Map.copyOf(imageLevels);
    }

    /** Reads {@code <planDirectory>/pages/}; none when the plan has no such folder (or no directory at all). */
    public static PlanPages read(Path planDirectory) {
        List<NarrativeSource> narrative = new ArrayList<>();
        List<Asset> images = new ArrayList<>();
        Map<String, String> levels = new java.util.TreeMap<>();
        if (planDirectory == null || !Files.isDirectory(planDirectory.resolve("pages"), LinkOption.NOFOLLOW_LINKS)) {
            return new PlanPages(narrative, images, levels);
        }
        try (Stream<Path> walk = Files.walk(planDirectory.resolve("pages"))) {
            for (Path p : walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                String rel = planDirectory.relativize(p).toString().replace('\\', '/');
                String name = p.getFileName().toString();
                String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
                if (ext.equals("adoc")) {
                    narrative.add(new NarrativeSource(rel, Files.readString(p, StandardCharsets.UTF_8)
                            .replace("\r\n", "\n")));
                } else if (IMAGE_TYPES.contains(ext) && rel.matches("[A-Za-z0-9._/-]+") && !rel.contains("..")) {
                    images.add(new Asset(rel, Files.readAllBytes(p)));
                    Path sidecar = p.resolveSibling(name + LEVEL_SUFFIX);
                    if (Files.isRegularFile(sidecar, LinkOption.NOFOLLOW_LINKS)) {
                        // an empty or unreadable level is kept as written: the scheme resolves it, failing closed
                        levels.put(rel, Files.readString(sidecar, StandardCharsets.UTF_8).strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refuseCollisions(narrative);
        return new PlanPages(narrative, images, levels);
    }

    /** Two pages that would be published under one name: one would silently replace the other. */
    private static void refuseCollisions(List<NarrativeSource> narrative) {
        java.util.Map<String, String> byPath = new java.util.HashMap<>();
        for (NarrativeSource n : narrative) {
            String path = SitePaths.narrative(n.file()).toLowerCase(Locale.ROOT);
            String other = byPath.putIfAbsent(path, n.file());
            if (other != null) {
                throw new SecplanException(other + " and " + n.file() + " would both be published as "
                        + SitePaths.narrative(n.file()) + " (names differing only in case, spaces or punctuation); "
                        + "rename one of them");
            }
        }
    }
}
