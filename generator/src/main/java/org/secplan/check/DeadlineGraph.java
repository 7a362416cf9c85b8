package org.secplan.check;

import java.time.Duration;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * A read-only view of a graph that refuses every read once its deadline has passed. jena-shacl runs its queries
 * and checks without a timeout of its own; every step of that work reads the data graph, so a SHACL check given
 * this view stops at the deadline wherever it is, and stays stopped.
 */
final class DeadlineGraph extends GraphWrapper {

    private final long deadline;

    DeadlineGraph(Graph graph, Duration limit) {
        super(graph);
        this.deadline = System.nanoTime() + limit.toNanos();
    }

    @Override
    public ExtendedIterator<Triple> find(Triple triple) {
        checkDeadline();
        return super.find(triple).filterKeep(t -> stillInTime());
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        checkDeadline();
        return super.find(s, p, o).filterKeep(t -> stillInTime());
    }

    @Override
    public ExtendedIterator<Triple> find() {
        return find(Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public Stream<Triple> stream(Node s, Node p, Node o) {
        checkDeadline();
        return super.stream(s, p, o).filter(t -> stillInTime());
    }

    @Override
    public boolean contains(Node s, Node p, Node o) {
        checkDeadline();
        return super.contains(s, p, o);
    }

    @Override
    public boolean contains(Triple t) {
        checkDeadline();
        return super.contains(t);
    }

    /** Keeps a long scan from running on past the deadline between two finds. */
    private boolean stillInTime() {
        checkDeadline();
        return true;
    }

    private void checkDeadline() {
        if (System.nanoTime() - deadline > 0) {
            throw new QueryCancelledException();
        }
    }
}
