package org.secplan.audience;

import org.secplan.plan.Vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * What one audience may read of a plan: the filtered graph, and how many entities were withheld per type.
 *
 * <p>The graph holds no triple about anything above the audience's level; links from visible entities to
 * withheld ones point at the single node {@link #WITHHELD_IRI}. Checks, rendering and exports of the
 * audience's edition must read this graph and nothing else. The withheld IRIs and identifiers are kept
 * only so that a caller can ask {@link #isWithheld}/{@link #isWithheldIdentifier} (e.g. to render a page's
 * reference as neutral "withheld" text instead of reporting it as unknown); they are deliberately not
 * exposed as a collection.
 */
public final class AudienceView {

    /** The one node that stands for everything withheld: {@code sp:Withheld}. */
    public static final String WITHHELD_IRI = Vocabulary.SP + "Withheld";

    private final Audience audience;
    private final Graph graph;
    private final Map<String, Integer> withheldByType;
    private final int withheldCount;
    private final Set<String> withheldIris;
    private final Set<String> withheldIdentifiers;
    /** Withheld labels, lower-cased, by their first word: text is matched word by word, not label by label. */
    private final Map<String, List<String>> withheldNames;

    AudienceView(Audience audience, Graph graph, Map<String, Integer> withheldByType, int withheldCount,
            Set<String> withheldIris, Set<String> withheldIdentifiers, Set<String> withheldLabels) {
        this.audience = Objects.requireNonNull(audience);
        this.graph = Objects.requireNonNull(graph);
        this.withheldByType = Map.copyOf(withheldByType);
        this.withheldCount = withheldCount;
        this.withheldIris = Set.copyOf(withheldIris);
        this.withheldIdentifiers = Set.copyOf(withheldIdentifiers);
        this.withheldNames = new HashMap<>();
        for (String label : withheldLabels) {
            String name = label.strip().toLowerCase(Locale.ROOT);
            Matcher first = WORD.matcher(name);
            if (name.codePointCount(0, name.length()) >= MIN_NAME_LENGTH && first.find()) {
                withheldNames.computeIfAbsent(first.group(), k -> new ArrayList<>()).add(name);
            }
        }
    }

    /** Names shorter than this are ordinary words more often than names; identifiers are matched at any length. */
    private static final int MIN_NAME_LENGTH = 3;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}._-]*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public Audience audience() {
        return audience;
    }

    /** The audience's graph (a fresh in-memory copy; the plan graph is untouched). Treat it as read-only. */
    public Graph graph() {
        return graph;
    }

    /**
     * Number of withheld entities (identified, non-blank subjects) per asserted {@code rdf:type} IRI, for an
     * optional "n items withheld" notice. An entity with several types counts once under each.
     */
    public Map<String, Integer> withheldByType() {
        return new java.util.TreeMap<>(withheldByType);
    }

    /** Number of withheld entities (identified, non-blank subjects). */
    public int withheldCount() {
        return withheldCount;
    }

    /** True when the subject {@code iri} exists in the plan but is above this audience's level. */
    public boolean isWithheld(String iri) {
        return withheldIris.contains(iri);
    }

    /** True when an entity with this {@code dcterms:identifier} exists in the plan but is above this audience's level. */
    public boolean isWithheldIdentifier(String identifier) {
        return withheldIdentifiers.contains(identifier);
    }

    /**
     * True when the subject a statement or finding is about may be shown: an IRI that is not withheld, or a
     * blank node that the view still holds (blank nodes carry their owner's level).
     */
    public boolean showsSubject(String focus) {
        if (focus.startsWith("_:")) {
            Node blank = NodeFactory.createBlankNode(focus.substring(2));
            return graph.contains(blank, Node.ANY, Node.ANY);
        }
        return !isWithheld(focus);
    }

    /**
     * True when {@code text} names something this audience may not read: a withheld entity's identifier (as a
     * whole token) or one of its labels (whole words, ignoring case). Used to keep findings and messages of the
     * whole plan out of an edition they would tell too much.
     */
    public boolean mentionsWithheld(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (withheldIdentifiers.contains(token) || withheldIdentifiers.contains(token.replaceAll("[.]+$", ""))) {
                return true;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher word = WORD.matcher(lower);
        while (word.find()) {
            for (String name : withheldNames.getOrDefault(word.group(), List.of())) {
                int end = word.start() + name.length();
                if (word.start() > 0 && isWordChar(lower.codePointBefore(word.start()))) {
                    continue;
                }
                if (lower.startsWith(name, word.start()) && (end == lower.length() || !isWordChar(lower.codePointAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint);
    }

    @Override
    public String toString() {
        // never list what was withheld: this string may end up in a log of the edition
        return "AudienceView[" + audience.identifier() + ", " + graph.size() + " triples, " + withheldCount
                + " withheld]";
    }
}
