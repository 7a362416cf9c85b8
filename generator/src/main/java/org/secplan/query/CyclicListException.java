package org.secplan.query;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecException;

/** A list property function met an RDF list that leads back into itself; the plan's data needs fixing. */
final class CyclicListException extends QueryExecException {
    private static final long serialVersionUID = 1L;

    CyclicListException(Node head) {
        super("the RDF list " + (head.isURI() ? "<" + head.getURI() + ">" : "starting at " + head)
                + " leads back into itself (its rdf:rest chain has a cycle), so its members cannot be listed");
    }
}
