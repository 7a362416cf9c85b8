package org.secplan.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.secplan.base.AtomicFiles;
import org.secplan.base.Digest;
import org.secplan.base.SecplanException;
import org.secplan.plan.PlanGraph;

/**
 * The endorsable content of a plan in one canonical text: its statements (see {@link PlanContent}) and every file of
 * its {@code pages/} folder — a page's text, an image's SHA-256 — as canonical N-Triples (see {@link CanonicalForm}).
 * The plan's digest is the SHA-256 of that text, so anyone can verify it with {@code sha256sum}. Endorsing a plan
 * keeps the snapshot beside it, in {@code endorsed/}, so that what changed since can be told, not just that
 * something did.
 */
public final class PlanSnapshot {

    /** The folder of the plan directory that keeps the snapshots of its endorsements. */
    public static final String FOLDER = org.secplan.plan.PlanSource.ENDORSED;
    private static final String PAGE = "urn:secplan:page:";
    private static final Node PAGE_TEXT = NodeFactory.createURI("urn:secplan:page-text");
    private static final Node PAGE_SHA256 = NodeFactory.createURI("urn:secplan:page-sha256");
    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

    private final String text;
    private final String digest;
    /** The snapshot's statements, parsed when first asked for. */
    private Graph parsed;

    private PlanSnapshot(String text) {
        this.text = text;
        this.digest = "sha256:" + Digest.ofText(text);
    }

    /** The endorsable content of a loaded plan, its pages read from its directory. */
    public static PlanSnapshot of(PlanGraph plan) {
        Graph content = PlanContent.endorsable(plan.planData());
        addPages(plan.directory(), content);
        return new PlanSnapshot(String.join("", CanonicalForm.lines(content)));
    }

    /** The content digest of a loaded plan, taken once per plan. */
    public static String digestOf(PlanGraph plan) {
        return plan.derived(PlanSnapshot.class.getName(), p -> of(p).digest());
    }

    /** The plan's content digest, {@code sha256:} and 64 hex digits. */
    public String digest() {
        return digest;
    }

    /** The canonical text the digest is taken of. */
    public String text() {
        return text;
    }

    /** True when {@code value} has the form of a digest this class gives. */
    public static boolean isDigest(String value) {
        return value != null && DIGEST.matcher(value).matches();
    }

    /** Where the snapshot of the content with {@code digest} is kept in {@code planDirectory}. */
    public static Path file(Path planDirectory, String digest) {
        return planDirectory.resolve(FOLDER).resolve(digest.replace(':', '-') + ".nt");
    }

    /** Keeps the snapshot in the plan directory (atomically; an existing one has the same bytes by its name). */
    public Path write(Path planDirectory) {
        Path file = file(planDirectory, digest);
        try {
            AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SecplanException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /**
     * The snapshot of the content with {@code digest} kept in {@code planDirectory}, when there is one.
     *
     * @throws SecplanException when the file kept there is not that content (it was edited since it was written)
     */
    public static Optional<PlanSnapshot> read(Path planDirectory, String digest) {
        if (!isDigest(digest)) {
            return Optional.empty();
        }
        Path file = file(planDirectory, digest);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        PlanSnapshot snapshot;
        try {
            snapshot = new PlanSnapshot(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (!snapshot.digest.equals(digest)) {
            throw new SecplanException(FOLDER + "/" + file.getFileName() + ": this snapshot was edited after it was "
                    + "written (its content has the digest " + snapshot.digest + "), so it no longer shows what was "
                    + "endorsed: restore it from version control");
        }
        return Optional.of(snapshot);
    }

    /** The plan statements of the snapshot, without its pages. */
    public Graph statements() {
        Graph all = parse();
        Graph statements = GraphFactory.createDefaultGraph();
        all.find().forEach(t -> {
            if (!t.getPredicate().equals(PAGE_TEXT) && !t.getPredicate().equals(PAGE_SHA256)) {
                statements.add(t);
            }
        });
        return statements;
    }

    /** The snapshot's pages: path in the plan directory → the page's text, or {@code sha256:} and its hex for a file that is not text. */
    public Map<String, String> pages() {
        return pagesOf(parse());
    }

    /** The current pages of a plan directory, in the form {@link #pages()} gives them. */
    public static Map<String, String> currentPages(Path planDirectory) {
        Graph g = GraphFactory.createDefaultGraph();
        addPages(planDirectory, g);
        return pagesOf(g);
    }

    private static Map<String, String> pagesOf(Graph g) {
        Map<String, String> pages = new TreeMap<>();
        g.find().forEach(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(PAGE)) {
                String path = URLDecoder.decode(t.getSubject().getURI().substring(PAGE.length()), StandardCharsets.UTF_8);
                String value = t.getObject().getLiteralLexicalForm();
                pages.put(path, t.getPredicate().equals(PAGE_TEXT) ? value : "sha256:" + value);
            }
        });
        return pages;
    }

    private synchronized Graph parse() {
        if (parsed != null) {
            return parsed;
        }
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.fromString(text, Lang.NTRIPLES).parse(g);
        } catch (RiotException e) {
            throw new SecplanException("the snapshot " + digest + " is not N-Triples: " + e.getMessage(), e);
        }
        parsed = g;
        return g;
    }

    /** Pages are the narrative: text pages by their text, everything else (images) by its bytes' digest. */
    private static void addPages(Path planDirectory, Graph into) {
        Path pages = planDirectory.resolve("pages");
        if (!Files.isDirectory(pages, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(pages)) {
            List<Path> files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !hidden(pages.relativize(p))).sorted().toList();
            for (Path f : files) {
                String relative = planDirectory.relativize(f).toString().replace('\\', '/');
                Node subject = NodeFactory.createURI(PAGE + URLEncoder.encode(relative, StandardCharsets.UTF_8)
                        .replace("%2F", "/").replace("+", "%20"));
                byte[] bytes = Files.readAllBytes(f);
                if (relative.endsWith(".adoc")) {
                    // a checkout that turns line ends into CRLF has not changed the page
                    into.add(subject, PAGE_TEXT, NodeFactory.createLiteralString(
                            new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n")));
                } else {
                    into.add(subject, PAGE_SHA256, NodeFactory.createLiteralString(Digest.ofBytes(bytes)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pages of " + planDirectory + ": " + e.getMessage(), e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
