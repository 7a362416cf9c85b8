package org.secplan.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.secplan.check.Finding;
import org.secplan.check.Severity;

/**
 * Converted pages kept between renders, so that a page whose inputs have not changed is not converted again.
 * An entry is keyed by a SHA-256 of everything its HTML depends on: the renderer's version, the edition, the
 * as-of date, the page's path and AsciiDoc, and, for a page that uses a plan macro (whose output is read from the
 * graph, not from the page), a fingerprint of the plan's files. An entry holds the converted body and the findings
 * its conversion reported, so a cached page reports the same findings as a converted one. Entries a render did
 * not use (pages that no longer exist, or whose inputs changed) are removed at its end.
 *
 * <p>Only Asciidoctor's conversion is cached; post-processing, link checking and the search index always run on
 * the whole site, so navigation and links are never stale.
 */
final class RenderCache {

    /** Bump when what an entry holds, or what the renderer makes of a page, changes. */
    static final String FORMAT = "secplan-render-cache-1";

    private final Path directory;

    RenderCache(Path directory) {
        this.directory = directory;
    }

    /** A cached conversion: the HTML body and the findings reported while converting. */
    record Entry(String body, List<Finding> findings) {
        Entry {
            findings = List.copyOf(findings);
        }
    }

    /** The key of a page: a hash of its inputs. {@code graphFingerprint} is null for pages without plan macros. */
    static String key(String rendererVersion, String view, String asOf, String path, String asciidoc,
                      String graphFingerprint) {
        MessageDigest sha = sha256();
        for (String part : new String[] {FORMAT, rendererVersion, view, asOf, path, asciidoc,
            graphFingerprint == null ? "-" : graphFingerprint}) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) ':');
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A fingerprint of every file of the plan directory outside {@code pages/} (the graph is made of them). */
    static String planFingerprint(Path planDirectory) {
        MessageDigest sha = sha256();
        try (Stream<Path> walk = Files.walk(planDirectory)) {
            Path pages = planDirectory.resolve("pages");
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(pages)).sorted().toList()) {
                sha.update(planDirectory.relativize(p).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(p));
                sha.update((byte) 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    Optional<Entry> get(String key) {
        Path body = file(key, ".html");
        Path findings = file(key, ".findings");
        if (!Files.isRegularFile(body) || !Files.isRegularFile(findings)) {
            return Optional.empty();
        }
        try {
            List<Finding> list = new ArrayList<>();
            for (String line : Files.readAllLines(findings, StandardCharsets.UTF_8)) {
                if (!line.isEmpty()) {
                    list.add(decode(line));
                }
            }
            return Optional.of(new Entry(Files.readString(body, StandardCharsets.UTF_8), list));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged entry is converted again
        }
    }

    void put(String key, Entry entry) {
        StringBuilder findings = new StringBuilder();
        for (Finding f : entry.findings()) {
            findings.append(encode(f)).append('\n');
        }
        write(file(key, ".findings"), findings.toString());
        write(file(key, ".html"), entry.body());
    }

    /** Removes every entry whose key is not in {@code used}. */
    void retainOnly(Set<String> used) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                int dot = name.indexOf('.');
                if (dot < 0 || !used.contains(name.substring(0, dot))) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String key, String suffix) {
        return directory.resolve(key.substring(0, 2)).resolve(key + suffix);
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".tmp-", ".part");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(Finding f) {
        return String.join("\t", escape(f.checkId()), f.severity().name(), escape(f.clause()), escape(f.focus()),
                escape(f.identifier()), escape(f.message()), f.file() == null ? "\\0" : escape(f.file()),
                Integer.toString(f.line()));
    }

    private static Finding decode(String line) {
        String[] p = line.split("\t", -1);
        return new Finding(unescape(p[0]), Severity.valueOf(p[1]), unescape(p[2]), unescape(p[3]), unescape(p[4]),
                unescape(p[5]), p[6].equals("\\0") ? null : unescape(p[6]), Integer.parseInt(p[7]));
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
