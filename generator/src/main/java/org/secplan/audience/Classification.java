package org.secplan.audience;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The effective level of every subject of a plan graph, as decided by {@link Classifier}.
 * Immutable once built.
 */
public final class Classification {

    private final ClassificationScheme scheme;
    private final SubjectIndex index;
    private final Map<Node, ClassificationLevel> levels;
    private final Set<String> failedClosed;

    Classification(ClassificationScheme scheme, SubjectIndex index, Map<Node, ClassificationLevel> levels,
            Set<String> failedClosed) {
        this.scheme = scheme;
        this.index = index;
        this.levels = levels;
        this.failedClosed = Collections.unmodifiableSet(new TreeSet<>(failedClosed));
    }

    public ClassificationScheme scheme() {
        return scheme;
    }

    /** The effective level of the subject {@code iri}; empty when the graph says nothing about it. */
    public Optional<ClassificationLevel> levelOf(String iri) {
        return Optional.ofNullable(levels.get(NodeFactory.createURI(iri)));
    }

    /** The effective level of a subject or blank node; {@code null} when the graph says nothing about it. */
    ClassificationLevel levelOf(Node node) {
        return levels.get(node);
    }

    /**
     * IRIs of the subjects whose level could not be resolved and was therefore set to the highest level
     * (an unknown {@code sp:classification}, or a missing one where an explicit level is required). Meant
     * for the security team only: these IRIs must never reach a lower edition.
     */
    public Set<String> failedClosed() {
        return failedClosed;
    }

    SubjectIndex index() {
        return index;
    }
}
