package org.secplan.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.canon.RdfCanonTimeTicker;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.secplan.base.SecplanException;

/**
 * A graph in canonical N-Triples: blank nodes labelled by RDFC-1.0 (the W3C canonicalization, through Titanium's
 * implementation), one line per statement in RDFC's canonical escaping, sorted by code point. Two graphs that are
 * the same up to the names of their blank nodes give the same lines, whatever files, order or Turtle shortcuts they
 * were written with.
 */
final class CanonicalForm {

    /**
     * RDFC-1.0 is exponential on a crafted graph of blank nodes that all look alike; a plan never is one, and a
     * digest that would take longer is refused rather than left to hang a build.
     */
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

    private CanonicalForm() {
    }

    /** The canonical N-Triples lines of {@code graph}, each ending in a line feed, sorted. */
    static List<String> lines(Graph graph) {
        RdfCanon canon = RdfCanon.create(sha256(), new RdfCanonTimeTicker(LIMIT.toMillis()));
        Map<String, String> blanks = new HashMap<>();
        List<String> lines = new ArrayList<>((int) Math.min(graph.size(), Integer.MAX_VALUE));
        // RDFC labels a blank node from the statements that mention it alone: statements without one are already
        // in canonical form, and only the others need the (costlier) labelling
        graph.find().forEach(t -> {
            if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                feed(canon, t, blanks);
            } else {
                lines.add(ground(t));
            }
        });
        try {
            canon.provide((subject, predicate, object, datatype, language, direction, g) -> {
                lines.add(datatype == null
                        ? NQuadsWriter.nquad(subject, predicate, object, null)
                        : NQuadsWriter.nquad(subject, predicate, object, datatype, language, direction, null));
                return null;
            });
        } catch (RdfConsumerException | IllegalStateException e) {
            throw new SecplanException("cannot put the plan's statements in canonical form (RDFC-1.0) within "
                    + LIMIT.toSeconds() + " s: " + e.getMessage(), e);
        }
        lines.sort(CanonicalForm::byCodePoint);
        return lines;
    }

    private static String ground(Triple t) {
        Node o = t.getObject();
        if (!o.isLiteral()) {
            return NQuadsWriter.nquad(t.getSubject().getURI(), t.getPredicate().getURI(), o.getURI(), null);
        }
        String language = o.getLiteralLanguage();
        boolean tagged = language != null && !language.isEmpty();
        return NQuadsWriter.nquad(t.getSubject().getURI(), t.getPredicate().getURI(), o.getLiteralLexicalForm(),
                tagged ? RDF_LANG_STRING : o.getLiteralDatatypeURI(), tagged ? language : null, null, null);
    }

    private static void feed(RdfCanon canon, Triple t, Map<String, String> blanks) {
        Node o = t.getObject();
        if (o.isLiteral()) {
            String language = o.getLiteralLanguage();
            boolean tagged = language != null && !language.isEmpty();
            canon.quad(term(t.getSubject(), blanks), term(t.getPredicate(), blanks), o.getLiteralLexicalForm(),
                    tagged ? RDF_LANG_STRING : o.getLiteralDatatypeURI(), tagged ? language : null, null, null);
        } else {
            canon.quad(term(t.getSubject(), blanks), term(t.getPredicate(), blanks), term(o, blanks), null, null, null, null);
        }
    }

    /** Jena's blank node labels are not all valid N-Triples labels: each gets a plain one (RDFC renames them all). */
    private static String term(Node node, Map<String, String> blanks) {
        if (node.isBlank()) {
            return blanks.computeIfAbsent(node.getBlankNodeLabel(), l -> "_:b" + blanks.size());
        }
        return node.getURI();
    }

    /** N-Triples orders lines by Unicode code point, which String's UTF-16 order is not above U+FFFF. */
    private static int byCodePoint(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
