package org.secplan.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Where each subject of a plan is defined (else first stated): subject → {@code file:line:col} of its first statement, files
 * taken in sorted order. Filled while parsing (see {@link PositionRecordingProfile}), so no second parser.
 */
public final class SourceIndex {

    private final Map<Node, SourceLocation> firstStatement;

    private SourceIndex(Map<Node, SourceLocation> firstStatement) {
        this.firstStatement = Map.copyOf(firstStatement);
    }

    public Optional<SourceLocation> locate(Node subject) {
        return Optional.ofNullable(firstStatement.get(subject));
    }

    /** Looks up an IRI, or a blank node written {@code _:label}. */
    public Optional<SourceLocation> locate(String iri) {
        Node node = iri.startsWith("_:") ? NodeFactory.createBlankNode(iri.substring(2)) : NodeFactory.createURI(iri);
        return locate(node);
    }

    public int size() {
        return firstStatement.size();
    }

    /**
     * Collects positions while files are parsed. A subject is where it is defined — its first type or identifier
     * statement — so that a file which only links to it (as {@code endorsements.ttl} links the plan to its
     * endorsements) does not become its place; else where it is first stated.
     */
    public static final class Builder {
        private final Map<Node, SourceLocation> positions = new HashMap<>();
        private final Map<Node, SourceLocation> definitions = new HashMap<>();

        public void stated(Node subject, SourceLocation at) {
            positions.putIfAbsent(subject, at);
        }

        public void defined(Node subject, SourceLocation at) {
            definitions.putIfAbsent(subject, at);
        }

        public SourceIndex build() {
            Map<Node, SourceLocation> all = new HashMap<>(positions);
            all.putAll(definitions);
            return new SourceIndex(all);
        }
    }
}
