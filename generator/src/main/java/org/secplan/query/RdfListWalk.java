package org.secplan.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.vocabulary.RDF;

/**
 * Walks RDF lists the way secplan's list property functions need: each cell once, so a list whose {@code rdf:rest}
 * leads back into itself is reported instead of walked for ever (ARQ's own walk never ends there), and stopping as
 * soon as the query's cancel signal is raised, so the query timeout holds inside the walk too.
 */
final class RdfListWalk {

    private final Graph graph;
    private final AtomicBoolean cancelled;

    RdfListWalk(Graph graph, AtomicBoolean cancelled) {
        this.graph = graph;
        this.cancelled = cancelled == null ? new AtomicBoolean() : cancelled;
    }

    /** The members of the list starting at {@code head}, in order; empty when {@code head} is no list. */
    Optional<List<Node>> members(Node head) {
        if (!head.equals(RDF.nil.asNode()) && !graph.contains(head, RDF.rest.asNode(), Node.ANY)
                && !graph.contains(head, RDF.first.asNode(), Node.ANY)) {
            return Optional.empty();
        }
        List<Node> members = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        Node cell = head;
        while (cell != null && !cell.equals(RDF.nil.asNode())) {
            stopIfCancelled();
            if (!seen.add(cell)) {
                throw new CyclicListException(head);
            }
            one(cell, RDF.first.asNode()).ifPresent(members::add);
            cell = one(cell, RDF.rest.asNode()).orElse(null);
        }
        return Optional.of(members);
    }

    /** Every cell that starts a list: it has an {@code rdf:rest} and no cell leads to it. */
    Set<Node> heads() {
        Set<Node> heads = new LinkedHashSet<>();
        for (Triple t : graph.find(Node.ANY, RDF.rest.asNode(), Node.ANY).toList()) {
            stopIfCancelled();
            Node cell = t.getSubject();
            if (!graph.contains(Node.ANY, RDF.rest.asNode(), cell)) {
                heads.add(cell);
            }
        }
        return heads;
    }

    private Optional<Node> one(Node subject, Node predicate) {
        var it = graph.find(subject, predicate, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
        } finally {
            it.close();
        }
    }

    private void stopIfCancelled() {
        if (cancelled.get()) {
            throw new QueryCancelledException();
        }
    }
}
