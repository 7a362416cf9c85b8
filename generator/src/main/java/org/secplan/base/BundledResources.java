package org.secplan.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists and reads the resources secplan ships on the classpath (the ontology, checks and named queries under
 * {@code secplan/}). The classpath has no directory listing, so this looks at every classpath root that holds the
 * folder, whether a directory ({@code target/classes}) or a jar (the ontology jar, the shaded CLI jar).
 */
public final class BundledResources {

    /** A file found under a folder: its name (e.g. {@code secplan.ttl}), classpath path and UTF-8 text. */
    public record Resource(String name, String path, String text) {
    }

    /** Known files that mark where the bundled resources live even when a jar has no directory entries. */
    private static final List<String> ANCHORS = List.of("secplan/ontology/secplan.ttl",
            "secplan/ontology/clauses.ttl", "secplan/ontology/schemes.ttl");

    private final ClassLoader loader;

    public BundledResources(ClassLoader loader) {
        this.loader = loader;
    }

    /** The resources visible to secplan's own class loader. */
    public static BundledResources forSecplan() {
        return new BundledResources(BundledResources.class.getClassLoader());
    }

    /** Every resource directly in {@code folder} (e.g. {@code secplan/checks}) whose name ends with one of {@code suffixes}, sorted by name. */
    public List<Resource> list(String folder, String... suffixes) {
        Set<String> names = new TreeSet<>();
        for (URL root : folderUrls(folder)) {
            for (String name : namesIn(root, folder)) {
                for (String suffix : suffixes) {
                    if (name.endsWith(suffix)) {
                        names.add(name);
                    }
                }
            }
        }
        List<Resource> result = new ArrayList<>();
        for (String name : names) {
            String path = folder + "/" + name;
            result.add(new Resource(name, path, read(path)));
        }
        return Collections.unmodifiableList(result);
    }

    private String read(String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new SecplanException("internal error: bundled resource " + path + " disappeared");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<URL> folderUrls(String folder) {
        List<URL> urls = new ArrayList<>();
        try {
            urls.addAll(Collections.list(loader.getResources(folder + "/")));
            urls.addAll(Collections.list(loader.getResources(folder)));
            for (String anchor : ANCHORS) {
                for (URL url : Collections.list(loader.getResources(anchor))) {
                    String s = url.toString();
                    urls.add(new URL(s.substring(0, s.length() - anchor.length()) + folder + "/"));
                }
            }
            URL own = BundledResources.class.getProtectionDomain().getCodeSource() == null ? null
                    : BundledResources.class.getProtectionDomain().getCodeSource().getLocation();
            if (own != null && own.getPath().endsWith(".jar")) {
                urls.add(new URL("jar:" + own + "!/" + folder + "/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return urls;
    }

    private static List<String> namesIn(URL folderUrl, String folder) {
        try {
            if (folderUrl.getProtocol().equals("file")) {
                Path dir = Path.of(folderUrl.toURI());
                if (!Files.isDirectory(dir)) {
                    return List.of();
                }
                try (Stream<Path> files = Files.list(dir)) {
                    return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
                }
            }
            if (folderUrl.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) folderUrl.openConnection();
                URL jarUrl = connection.getJarFileURL();
                if (!jarUrl.getProtocol().equals("file")) {
                    return List.of();
                }
                Path jar = Path.of(jarUrl.toURI());
                if (!Files.isRegularFile(jar)) {
                    return List.of();
                }
                String prefix = folder + "/";
                List<String> names = new ArrayList<>();
                try (JarFile file = new JarFile(jar.toFile())) {
                    for (JarEntry entry : Collections.list(file.entries())) {
                        String n = entry.getName();
                        if (!entry.isDirectory() && n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0) {
                            names.add(n.substring(prefix.length()));
                        }
                    }
                }
                return names;
            }
            return List.of();
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return List.of();
        }
    }
}
