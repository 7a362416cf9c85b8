package org.secplan.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.secplan.plan.PlanGraph;
import org.secplan.plan.Vocabulary;

/**
 * Compares two versions of a plan element by element. Elements are matched by their {@code dcterms:identifier}
 * (subjects without one by their IRI), so an element whose IRI is renamed keeps its history. For an element in both
 * versions every property is compared as a set of values: an IRI by the identifier of the element it names (else the
 * IRI), a literal by its lexical form, datatype and language, a blank-node structure (a rating, a list, a matrix
 * cell) by its content, recursively — blank nodes of two files have no names in common, only content.
 */
public final class PlanDiff {

    /** A value as compared ({@code key}) and as a reader sees it ({@code text}). */
    private record Value(String key, String text) {
    }

    /** How deep blank-node structures are followed; plans nest two or three levels, lists a few dozen. */
    private static final int MAX_DEPTH = 64;

    private final Side previous;
    private final Side current;
    private final Graph labels;

    private PlanDiff(PlanGraph previous, PlanGraph current) {
        this.previous = new Side(previous);
        this.current = new Side(current);
        this.labels = current.graph();
    }

    /** What changed from {@code previous} to {@code current}, elements only. */
    public static List<EntityChange> entities(PlanGraph previous, PlanGraph current) {
        return new PlanDiff(previous, current).compare();
    }

    /** What changed, elements and pages ({@code path → text}, as {@link PlanSnapshot#pages()} gives them). */
    public static PlanChanges between(PlanGraph previous, Map<String, String> previousPages, PlanGraph current,
                                      Map<String, String> currentPages) {
        return new PlanChanges(entities(previous, current), PageDiff.between(previousPages, currentPages));
    }

    private List<EntityChange> compare() {
        Set<String> keys = new TreeSet<>(IDENTIFIERS);
        keys.addAll(previous.subjects.keySet());
        keys.addAll(current.subjects.keySet());
        List<EntityChange> changes = new ArrayList<>();
        for (String key : keys) {
            Node before = previous.subjects.get(key);
            Node after = current.subjects.get(key);
            if (before == null) {
                changes.add(current.change(EntityChange.Kind.added, key, after, List.of()));
            } else if (after == null) {
                changes.add(previous.change(EntityChange.Kind.removed, key, before, List.of()));
            } else {
                List<PropertyChange> properties = properties(before, after);
                if (!properties.isEmpty()) {
                    changes.add(current.change(EntityChange.Kind.changed, key, after, properties));
                }
            }
        }
        return changes;
    }

    private List<PropertyChange> properties(Node before, Node after) {
        Map<Node, Map<String, String>> was = previous.values(before);
        Map<Node, Map<String, String>> is = current.values(after);
        Set<Node> predicates = new HashSet<>(was.keySet());
        predicates.addAll(is.keySet());
        List<PropertyChange> changes = new ArrayList<>();
        for (Node p : predicates) {
            Map<String, String> old = was.getOrDefault(p, Map.of());
            Map<String, String> now = is.getOrDefault(p, Map.of());
            List<String> gone = old.entrySet().stream().filter(e -> !now.containsKey(e.getKey()))
                    .map(Map.Entry::getValue).sorted().toList();
            List<String> came = now.entrySet().stream().filter(e -> !old.containsKey(e.getKey()))
                    .map(Map.Entry::getValue).sorted().toList();
            if (!gone.isEmpty() || !came.isEmpty()) {
                changes.add(new PropertyChange(label(p), p.getURI(), gone, came));
            }
        }
        changes.sort(Comparator.comparing(PropertyChange::property).thenComparing(PropertyChange::iri));
        return changes;
    }

    private String label(Node iri) {
        return firstLiteral(labels, iri, Vocabulary.LABEL)
                .or(() -> firstLiteral(labels, iri, Vocabulary.PREF_LABEL))
                .orElseGet(() -> shortName(iri.getURI()));
    }

    private static Optional<String> firstLiteral(Graph g, Node subject, Node predicate) {
        return g.find(subject, predicate, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(Node::isLiteral)
                .filter(o -> o.getLiteralLanguage().isEmpty() || o.getLiteralLanguage().startsWith("en"))
                .map(Node::getLiteralLexicalForm).sorted().findFirst();
    }

    private static String shortName(String iri) {
        return iri.replaceAll("^.*[/#:]", "");
    }

    private static final java.util.regex.Pattern CHUNK = java.util.regex.Pattern.compile("\\d+|\\D+");

    /** Identifiers in a reader's order: R-2 before R-10 (digit runs compare as numbers, the rest as text). */
    private static final Comparator<String> IDENTIFIERS = (a, b) -> {
        java.util.regex.Matcher ma = CHUNK.matcher(a);
        java.util.regex.Matcher mb = CHUNK.matcher(b);
        while (ma.find() && mb.find()) {
            String ca = ma.group();
            String cb = mb.group();
            int c = Character.isDigit(ca.charAt(0)) && Character.isDigit(cb.charAt(0)) ? numeric(ca, cb) : ca.compareTo(cb);
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    };

    private static int numeric(String a, String b) {
        String x = a.replaceFirst("^0+(?=.)", "");
        String y = b.replaceFirst("^0+(?=.)", "");
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }

    /** One version: its subjects by key, and how its values read. */
    private final class Side {
        private final PlanGraph plan;
        private final Graph data;
        private final Map<String, Node> subjects = new LinkedHashMap<>();
        private final Map<Node, String> identifiers = new java.util.HashMap<>();

        Side(PlanGraph plan) {
            this.plan = plan;
            this.data = plan.planData();
            Set<Node> seen = new HashSet<>();
            data.find().forEach(t -> {
                Node s = t.getSubject();
                if (s.isURI() && seen.add(s)) {
                    String key = firstLiteral(data, s, Vocabulary.IDENTIFIER).orElse(null);
                    if (key != null) {
                        identifiers.put(s, key);
                    }
                    subjects.putIfAbsent(key != null ? key : plan.shortForm(s.getURI()), s);
                }
            });
        }

        Map<Node, Map<String, String>> values(Node subject) {
            Map<Node, Map<String, String>> values = new LinkedHashMap<>();
            data.find(subject, Node.ANY, Node.ANY).forEach(t -> {
                if (!t.getPredicate().equals(Vocabulary.IDENTIFIER)) {
                    Value v = value(t.getObject(), 0, new HashSet<>());
                    values.computeIfAbsent(t.getPredicate(), k -> new TreeMap<>()).put(v.key(), v.text());
                }
            });
            return values;
        }

        private Value value(Node node, int depth, Set<Node> path) {
            if (node.isLiteral()) {
                String lang = node.getLiteralLanguage();
                return new Value("\"" + node.getLiteralLexicalForm() + "\"^^" + node.getLiteralDatatypeURI() + "@" + lang,
                        node.getLiteralLexicalForm() + (lang.isEmpty() ? "" : "@" + lang));
            }
            if (node.isURI()) {
                String identifier = identifiers.get(node);
                if (identifier != null) {
                    return new Value("id:" + identifier, identifier);
                }
                return new Value(node.getURI(), firstLiteral(plan.graph(), node, Vocabulary.PREF_LABEL)
                        .or(() -> firstLiteral(plan.graph(), node, Vocabulary.LABEL))
                        .orElseGet(() -> plan.shortForm(node.getURI())));
            }
            if (depth >= MAX_DEPTH || !path.add(node)) {
                return new Value("[…]", "[…]");
            }
            try {
                return isList(node) ? list(node, depth, path) : structure(node, depth, path);
            } finally {
                path.remove(node);
            }
        }

        private boolean isList(Node node) {
            return data.contains(node, RDF.first.asNode(), Node.ANY);
        }

        private Value list(Node node, int depth, Set<Node> path) {
            List<String> keys = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            Node cell = node;
            Set<Node> cells = new HashSet<>();
            while (cell.isBlank() && cells.add(cell) && data.contains(cell, RDF.first.asNode(), Node.ANY)) {
                Node first = data.find(cell, RDF.first.asNode(), Node.ANY).next().getObject();
                Value v = value(first, depth + 1, path);
                keys.add(v.key());
                texts.add(v.text());
                Optional<Triple> rest = data.find(cell, RDF.rest.asNode(), Node.ANY).nextOptional();
                if (rest.isEmpty()) {
                    break;
                }
                cell = rest.get().getObject();
            }
            return new Value("(" + String.join(" ", keys) + ")", "(" + String.join(", ", texts) + ")");
        }

        private Value structure(Node node, int depth, Set<Node> path) {
            Map<String, String> parts = new TreeMap<>();
            data.find(node, Node.ANY, Node.ANY).forEach(t -> {
                Value v = value(t.getObject(), depth + 1, path);
                parts.put(t.getPredicate().getURI() + " " + v.key(), label(t.getPredicate()) + " " + v.text());
            });
            return new Value("[" + String.join("; ", parts.keySet()) + "]",
                    "[" + String.join("; ", new TreeSet<>(parts.values())) + "]");
        }

        EntityChange change(EntityChange.Kind kind, String key, Node subject, List<PropertyChange> properties) {
            String label = firstLiteral(data, subject, Vocabulary.LABEL)
                    .or(() -> firstLiteral(data, subject, Vocabulary.PREF_LABEL)).orElse("");
            String type = data.find(subject, Vocabulary.TYPE, Node.ANY).toList().stream().map(Triple::getObject)
                    .filter(Node::isURI).map(Node::getURI).filter(u -> u.startsWith(Vocabulary.SP))
                    .map(u -> u.substring(Vocabulary.SP.length())).sorted().findFirst().orElse("");
            return new EntityChange(kind, key, label, type, subject.getURI(), properties);
        }
    }
}
