package org.secplan.audience;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/** Every triple of a graph grouped by subject, built in one pass so classifying and filtering stay linear. */
final class SubjectIndex {

    private final Map<Node, List<Triple>> bySubject;

    private SubjectIndex(Map<Node, List<Triple>> bySubject) {
        this.bySubject = bySubject;
    }

    static SubjectIndex of(Graph graph) {
        Map<Node, List<Triple>> index = new HashMap<>();
        graph.find().forEachRemaining(t -> index.computeIfAbsent(t.getSubject(), s -> new ArrayList<>(8)).add(t));
        return new SubjectIndex(index);
    }

    Map<Node, List<Triple>> bySubject() {
        return bySubject;
    }

    List<Triple> triplesOf(Node subject) {
        return bySubject.getOrDefault(subject, List.of());
    }

    boolean isSubject(Node node) {
        return bySubject.containsKey(node);
    }
}
