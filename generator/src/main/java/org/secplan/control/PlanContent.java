package org.secplan.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.secplan.plan.PlanGraph;
import org.secplan.plan.Vocabulary;

/**
 * What an endorsement approves of a plan's statements: all of them, less the endorsement records themselves and the
 * plan's status. An endorsement cannot cover its own record (writing it would change what it covers), and moving a
 * plan from "endorsed" to "in effect" changes where the approved content stands, not the content.
 */
public final class PlanContent {

    static final Node ENDORSEMENT = NodeFactory.createURI(Vocabulary.SP + "Endorsement");
    static final Node ENDORSEMENT_LINK = NodeFactory.createURI(Vocabulary.SP + "endorsement");
    static final Node CHECKSUM = NodeFactory.createURI(Vocabulary.SP + "integrityChecksum");
    static final Node STATUS = NodeFactory.createURI(Vocabulary.SP + "planStatus");

    private PlanContent() {
    }

    /** The statements of {@code planData} that an endorsement covers, as a new graph. */
    public static Graph endorsable(Graph planData) {
        Set<Node> records = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        planData.find(Node.ANY, RDF.type.asNode(), ENDORSEMENT).forEach(t -> todo.add(t.getSubject()));
        planData.find(Node.ANY, ENDORSEMENT_LINK, Node.ANY).forEach(t -> todo.add(t.getObject()));
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (records.add(n)) {
                // a record's own structures (blank nodes) go with it
                planData.find(n, Node.ANY, Node.ANY).forEach(t -> {
                    if (t.getObject().isBlank()) {
                        todo.add(t.getObject());
                    }
                });
            }
        }
        Graph content = GraphFactory.createDefaultGraph();
        planData.find().forEach(t -> {
            if (!records.contains(t.getSubject()) && !excluded(t)) {
                content.add(t);
            }
        });
        return content;
    }

    /** The plan (or an audience's view of it) with only the statements an endorsement covers. */
    public static PlanGraph endorsable(PlanGraph plan) {
        return plan.restrictedTo(endorsable(plan.planData()));
    }

    private static boolean excluded(Triple t) {
        Node p = t.getPredicate();
        return p.equals(ENDORSEMENT_LINK) || p.equals(CHECKSUM) || p.equals(STATUS);
    }
}
