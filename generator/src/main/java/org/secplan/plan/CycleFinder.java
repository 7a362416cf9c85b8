package org.secplan.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * Hierarchies a plan states that must not run in a circle: supporting plans, broader concepts, parts of clauses and
 * sub-classes. A circle would make "everything under X" endless or meaningless; each is reported once, at its first
 * element's definition, with the whole path.
 */
final class CycleFinder {
    private static final Map<String, String> HIERARCHIES = Map.of(
            Vocabulary.SP + "supportingPlan", "supporting plans",
            "http://www.w3.org/2004/02/skos/core#broader", "broader concepts (skos:broader)",
            Vocabulary.SP + "partOf", "parts (sp:partOf)",
            "http://www.w3.org/2000/01/rdf-schema#subClassOf", "sub-classes (rdfs:subClassOf)");

    private final Graph plan;
    private final SourceIndex sources;
    private final ReferenceChecker names;

    CycleFinder(Graph plan, SourceIndex sources, ReferenceChecker names) {
        this.plan = plan;
        this.sources = sources;
        this.names = names;
    }

    List<PlanProblem> cycles() {
        List<PlanProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> h : new TreeMap<>(HIERARCHIES).entrySet()) {
            Node predicate = NodeFactory.createURI(h.getKey());
            Map<Node, List<Node>> edges = new java.util.HashMap<>();
            plan.find(Node.ANY, predicate, Node.ANY).forEach((Triple t) ->
                    edges.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t.getObject()));
            Set<Node> done = new HashSet<>();
            Set<Set<Node>> reported = new HashSet<>();
            List<Node> starts = new ArrayList<>(edges.keySet());
            starts.sort(java.util.Comparator.comparing(Node::toString));
            for (Node start : starts) {
                List<Node> cycle = find(start, edges, new LinkedHashSet<>(), done);
                if (cycle != null && reported.add(new HashSet<>(cycle))) {
                    StringBuilder path = new StringBuilder();
                    for (Node n : cycle) {
                        path.append(names.display(n)).append(" → ");
                    }
                    path.append(names.display(cycle.get(0)));
                    SourceLocation at = sources.locate(cycle.get(0)).orElse(new SourceLocation("", 0, 0));
                    problems.add(new PlanProblem(at, h.getValue() + " run in a circle: " + path));
                }
            }
        }
        return problems;
    }

    /** Depth-first: the first circle reachable from {@code node}, or null. */
    private static List<Node> find(Node node, Map<Node, List<Node>> edges, LinkedHashSet<Node> path, Set<Node> done) {
        if (path.contains(node)) {
            List<Node> cycle = new ArrayList<>();
            boolean in = false;
            for (Node n : path) {
                in |= n.equals(node);
                if (in) {
                    cycle.add(n);
                }
            }
            return cycle;
        }
        if (done.contains(node)) {
            return null;
        }
        path.add(node);
        for (Node next : edges.getOrDefault(node, List.of())) {
            List<Node> c = find(next, edges, path, done);
            if (c != null) {
                path.remove(node);
                return c;
            }
        }
        path.remove(node);
        done.add(node);
        return null;
    }
}
