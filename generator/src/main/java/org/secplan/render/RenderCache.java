package org.secplan.render;

import org.secplan.base.Digest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.secplan.base.AtomicFiles;

import static org.secplan.render.CacheStreams.NULL;
import static org.secplan.render.CacheStreams.nullable;
import static org.secplan.render.CacheStreams.text;
import org.secplan.check.Finding;
import org.secplan.base.Severity;

/**
 * Converted pages kept between renders, so that a page whose inputs have not changed is not converted again.
 * An entry is keyed by a SHA-256 of the page's own inputs: the renderer's version, the edition, the as-of date,
 * the page's path and AsciiDoc. What a page's plan macros read from the graph is not in the page, so an entry also
 * holds the page's macro calls and a digest of what they produced; the renderer replays the calls against the
 * current plan (cheap: no Asciidoctor) and uses the entry only when the digest still matches
 * (see {@link MacroReplay}). An entry holds the converted body and the findings its conversion reported, so a
 * cached page reports the same findings as a converted one, and the post-processed page with a digest of the shell
 * it was made for (title, navigation, neighbours): when only the shell changed, the body is post-processed again
 * without converting it. Link checking and the search index always run on the whole site. Entries a render did
 * not use (pages that no longer exist, or whose inputs changed) are removed at its end.
 *
 * <p>One cache directory serves one edition: {@link #retainOnly} would otherwise drop the other editions' entries.
 */
final class RenderCache {

    /** Bump when what an entry holds, or what the renderer makes of a page, changes. */
    static final String FORMAT = "secplan-render-cache-4";

    private static final Pattern SHARD = Pattern.compile("[0-9a-f]{2}");
    private static final Pattern ENTRY = Pattern.compile("([0-9a-f]{64})\\.entry");

    private final Path directory;

    RenderCache(Path directory) {
        this.directory = directory;
    }

    /**
     * A cached page: the HTML body, the findings reported while converting, the page's macro calls and the digest
     * of what they produced; and the post-processed page with the digest of the shell it was made for (empty and
     * null when not post-processed yet).
     */
    record Entry(String body, List<Finding> findings, List<MacroCall> calls, String macroDigest, String shellDigest,
                 ProcessedPage processed) {
        Entry {
            findings = List.copyOf(findings);
            calls = List.copyOf(calls);
        }

        Entry withProcessed(String shell, ProcessedPage result) {
            return new Entry(body, findings, calls, macroDigest, shell, result);
        }
    }

    /** The renderer's version: the jar's, or "development" (then the cache still works within one build). */
    static String rendererVersion() {
        String version = RenderCache.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /** The key of a page: a hash of its own inputs. */
    static String key(String rendererVersion, String view, String asOf, String path, String asciidoc) {
        return Digest.of(FORMAT, rendererVersion, view, asOf, path, asciidoc);
    }

    Optional<Entry> get(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!FORMAT.equals(text(in))) {
                return Optional.empty();
            }
            String body = text(in);
            List<Finding> findings = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                String check = text(in);
                Severity severity = Severity.valueOf(text(in));
                findings.add(new Finding(check, severity, text(in), text(in), text(in), text(in), nullable(in),
                        in.readInt()));
            }
            List<MacroCall> calls = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                String macro = text(in);
                String target = text(in);
                Map<String, String> attributes = new TreeMap<>();
                for (int j = in.readInt(); j > 0; j--) {
                    attributes.put(text(in), text(in));
                }
                calls.add(new MacroCall(macro, target, attributes));
            }
            String macroDigest = text(in);
            String shellDigest = text(in);
            ProcessedPage processed = in.readBoolean() ? ProcessedPageCodec.read(in) : null;
            return Optional.of(new Entry(body, findings, calls, macroDigest, shellDigest, processed));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged entry is converted again
        }
    }

    void put(String key, Entry entry) {
        Path file = file(key);
        try {
            AtomicFiles.write(file, stream -> {
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
                text(out, FORMAT);
                text(out, entry.body());
                out.writeInt(entry.findings().size());
                for (Finding f : entry.findings()) {
                    for (String part : new String[] {f.checkId(), f.severity().name(), f.clause(), f.focus(),
                        f.identifier(), f.message()}) {
                        text(out, part);
                    }
                    text(out, f.file() == null ? NULL : f.file());
                    out.writeInt(f.line());
                }
                out.writeInt(entry.calls().size());
                for (MacroCall c : entry.calls()) {
                    text(out, c.macro());
                    text(out, c.target());
                    out.writeInt(c.attributes().size());
                    for (Map.Entry<String, String> a : c.attributes().entrySet()) {
                        text(out, a.getKey());
                        text(out, a.getValue());
                    }
                }
                text(out, entry.macroDigest());
                text(out, entry.shellDigest());
                out.writeBoolean(entry.processed() != null);
                if (entry.processed() != null) {
                    ProcessedPageCodec.write(out, entry.processed());
                }
                out.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every entry whose key is not in {@code used}; nothing but entries (never a link) is touched. */
    void retainOnly(Set<String> used) {
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> shards = Files.list(directory)) {
            for (Path shard : shards.filter(p -> SHARD.matcher(p.getFileName().toString()).matches()
                    && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                try (Stream<Path> entries = Files.list(shard)) {
                    for (Path p : entries.toList()) {
                        Matcher m = ENTRY.matcher(p.getFileName().toString());
                        if (m.matches() && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                                && !used.contains(m.group(1))) {
                            Files.delete(p);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String key) {
        return directory.resolve(key.substring(0, 2)).resolve(key + ".entry");
    }
}
