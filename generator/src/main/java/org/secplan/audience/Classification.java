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
    private final Set<Node> bundledTerms;

    Classification(ClassificationScheme scheme, SubjectIndex index, Map<Node, ClassificationLevel> levels,
            Set<String> failedClosed, Set<Node> bundledTerms) {
        this.scheme = scheme;
        this.index = index;
        this.levels = levels;
        this.failedClosed = Collections.unmodifiableSet(new TreeSet<>(failedClosed));
        this.bundledTerms = Set.copyOf(bundledTerms);
    }

    public ClassificationScheme scheme() {
        return scheme;
    }

    /** The effective level of the subject {@code iri}; empty when the graph says nothing about it. */
    public Optional<ClassificationLevel> levelOf(String iri) {
        return Optional.ofNullable(levels.get(NodeFactory.createURI(iri)));
    }

    /**
     * The effective level of a subject or blank node, that is of the plan's own statements about it; {@code null}
     * when the graph says nothing about it.
     */
    ClassificationLevel levelOf(Node node) {
        return levels.get(node);
    }

    /**
     * The level of {@code node} where a statement points at it: its own level, except that a term of secplan's
     * bundled ontology is readable by everyone whatever the plan states about it; {@code null} when the plan states
     * nothing about it.
     */
    ClassificationLevel levelAsReference(Node node) {
        return bundledTerms.contains(node) ? null : levels.get(node);
    }

    /** True for a term of secplan's bundled ontology that the plan's own statements also describe. */
    boolean isBundledTerm(Node node) {
        return bundledTerms.contains(node);
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
