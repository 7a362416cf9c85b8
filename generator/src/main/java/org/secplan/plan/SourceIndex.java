package org.secplan.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Where each subject of a plan is first stated: subject → {@code file:line:col} of its first statement, files
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

    /** Collects positions while files are parsed; the first position recorded for a subject wins. */
    public static final class Builder {
        private final Map<Node, SourceLocation> positions = new HashMap<>();

        public void stated(Node subject, SourceLocation at) {
            positions.putIfAbsent(subject, at);
        }

        public SourceIndex build() {
            return new SourceIndex(positions);
        }
    }
}
