package org.secplan.audience;

import org.secplan.plan.Vocabulary;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Decides the effective classification level of every subject of a plan graph.
 *
 * <ul>
 * <li>A subject with {@code sp:classification} has that level; a value that is not a level of the scheme
 *     fails closed to the highest level; several values: the most sensitive wins.</li>
 * <li>A subject without one has the plan's default level; with {@code requireExplicit}, an identified plan
 *     entity without one fails closed instead.</li>
 * <li>Vocabulary stays readable by everyone unless it says otherwise: secplan's and the W3C's terms, the
 *     classification scheme and its levels (always, so banners and level links resolve), and the plan's
 *     own SKOS concepts, concept schemes and risk matrices.</li>
 * <li>A blank node (a nested structure such as {@code [ sp:competence ... ]}) takes the level of its
 *     owner, or the most sensitive of its owners, or its own level if higher; a blank node that nothing
 *     owns has its own or the default level.</li>
 * </ul>
 *
 * <p>Linear in the size of the graph: one pass to group triples by subject, one over the subjects, and a
 * work list over blank nodes in which each node's level only rises (at most once per level).
 */
public final class Classifier {

    private static final Set<Node> REFERENCE_DATA_TYPES = Set.of(Vocabulary.CONCEPT, Vocabulary.CONCEPT_SCHEME,
            Vocabulary.RISK_MATRIX);

    private final ClassificationScheme scheme;
    private final boolean requireExplicit;

    public Classifier(ClassificationScheme scheme) {
        this(scheme, false);
    }

    /**
     * @param requireExplicit when true, an identified entity without {@code sp:classification} is treated
     *                        as the highest level instead of the plan default
     */
    public Classifier(ClassificationScheme scheme, boolean requireExplicit) {
        this.scheme = scheme;
        this.requireExplicit = requireExplicit;
    }

    public Classification classify(Graph graph) {
        return classify(SubjectIndex.of(graph));
    }

    Classification classify(SubjectIndex index) {
        Map<Node, ClassificationLevel> levels = new HashMap<>();
        Set<String> failedClosed = new HashSet<>();
        Deque<Node> pending = new ArrayDeque<>();

        for (Map.Entry<Node, List<Triple>> entry : index.bySubject().entrySet()) {
            Node subject = entry.getKey();
            List<Triple> triples = entry.getValue();
            if (isSchemeItself(subject)) {
                levels.put(subject, scheme.lowest());
                continue;
            }
            ClassificationLevel explicit = explicitLevel(subject, triples, failedClosed);
            if (subject.isBlank()) {
                if (explicit != null) {
                    levels.put(subject, explicit);
                    pending.add(subject);
                }
                continue;
            }
            levels.put(subject, explicit != null ? explicit : implicitLevel(subject, triples, failedClosed));
        }
        for (Map.Entry<Node, List<Triple>> entry : index.bySubject().entrySet()) {
            if (!entry.getKey().isBlank()) {
                passToOwnedBlankNodes(entry.getValue(), levels.get(entry.getKey()), levels, pending);
            }
        }
        while (!pending.isEmpty()) {
            Node blank = pending.poll();
            passToOwnedBlankNodes(index.triplesOf(blank), levels.get(blank), levels, pending);
        }
        for (Node subject : index.bySubject().keySet()) {
            if (subject.isBlank()) {
                levels.putIfAbsent(subject, scheme.defaultLevel());
            }
        }
        return new Classification(scheme, index, levels, failedClosed);
    }

    private void passToOwnedBlankNodes(List<Triple> triples, ClassificationLevel ownerLevel,
            Map<Node, ClassificationLevel> levels, Deque<Node> pending) {
        for (Triple t : triples) {
            Node object = t.getObject();
            if (!object.isBlank()) {
                continue;
            }
            ClassificationLevel current = levels.get(object);
            if (current == null || ownerLevel.isAbove(current)) {
                levels.put(object, ownerLevel);
                pending.add(object);
            }
        }
    }

    private ClassificationLevel explicitLevel(Node subject, List<Triple> triples, Set<String> failedClosed) {
        ClassificationLevel result = null;
        for (Triple t : triples) {
            if (!t.getPredicate().equals(Vocabulary.CLASSIFICATION)) {
                continue;
            }
            Node value = t.getObject();
            ClassificationLevel level = value.isURI() ? scheme.level(value.getURI()).orElse(null) : null;
            if (level == null) {
                level = scheme.highest();
                if (subject.isURI()) {
                    failedClosed.add(subject.getURI());
                }
            }
            if (result == null || level.isAbove(result)) {
                result = level;
            }
        }
        return result;
    }

    private ClassificationLevel implicitLevel(Node subject, List<Triple> triples, Set<String> failedClosed) {
        if (Vocabulary.isVocabulary(subject)) {
            return scheme.lowest();
        }
        boolean identified = false;
        for (Triple t : triples) {
            if (t.getPredicate().equals(Vocabulary.TYPE) && REFERENCE_DATA_TYPES.contains(t.getObject())) {
                return scheme.lowest();
            }
            identified |= t.getPredicate().equals(Vocabulary.IDENTIFIER);
        }
        if (requireExplicit && identified) {
            failedClosed.add(subject.getURI());
            return scheme.highest();
        }
        return scheme.defaultLevel();
    }

    private boolean isSchemeItself(Node subject) {
        return subject.isURI() && (subject.getURI().equals(scheme.iri()) || scheme.level(subject.getURI()).isPresent());
    }
}
