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
 * <li>A subject without one has the plan's default level (the highest when the plan sets none); with
 *     {@code requireExplicit}, an identified plan entity without one fails closed instead.</li>
 * <li>What a subject is or where its IRI lies makes no difference: every subject of the plan's own statements is
 *     plan content, its SKOS concepts and concept schemes, its classes and risk matrices, and a subject in the
 *     W3C's or secplan's namespaces alike. A type or a namespace is something a plan author writes, so neither may
 *     decide that something is public; a concept that every audience needs says so with {@code sp:classification}.
 *     </li>
 * <li>The classification scheme and its levels are readable by everyone, always, so that banners and level links
 *     resolve in every edition.</li>
 * <li>secplan's bundled ontology is not plan content: it stays whole in every edition. When the plan states
 *     something about one of its terms (a remark on {@code sp:Risk}, a label for a concept), those statements are
 *     the plan's and take a level like any other, but the term itself stays readable: a reference to it is never
 *     withheld.</li>
 * <li>A blank node (a nested structure such as {@code [ sp:competence ... ]}) takes the level of its
 *     owner, or the most sensitive of its owners, or its own level if higher; a blank node that nothing
 *     owns has its own or the default level.</li>
 * </ul>
 *
 * <p>Linear in the size of the graph: one pass to group triples by subject, one over the subjects, and a
 * work list over blank nodes in which each node's level only rises (at most once per level).
 */
public final class Classifier {

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

    /** Classifies a graph of plan statements in which every subject is the plan's own. */
    public Classification classify(Graph planData) {
        return classify(planData, Graph.emptyGraph);
    }

    /**
     * @param planData the statements of the plan's own files: every subject in it is classified
     * @param bundled  secplan's bundled ontology: a term it defines stays readable where the plan's statements point
     *                 at it, even when the plan's own statements about it are withheld
     */
    public Classification classify(Graph planData, Graph bundled) {
        return classify(SubjectIndex.of(planData), bundled);
    }

    private Classification classify(SubjectIndex index, Graph bundled) {
        Map<Node, ClassificationLevel> levels = new HashMap<>();
        Set<String> failedClosed = new HashSet<>();
        Set<Node> bundledTerms = new HashSet<>();
        Deque<Node> pending = new ArrayDeque<>();

        for (Map.Entry<Node, List<Triple>> entry : index.bySubject().entrySet()) {
            Node subject = entry.getKey();
            List<Triple> triples = entry.getValue();
            if (subject.isURI() && bundled.contains(subject, Node.ANY, Node.ANY)) {
                bundledTerms.add(subject);
            }
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
        return new Classification(scheme, index, levels, failedClosed, bundledTerms);
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
        boolean identified = triples.stream().anyMatch(t -> t.getPredicate().equals(Vocabulary.IDENTIFIER));
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
