package org.secplan.plan;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;

/**
 * Finds the cross-file mistakes a Turtle parser cannot see: two entities with the same identifier, and
 * references to entities that no file defines.
 */
final class ReferenceChecker {

    private final Graph plan;
    private final Graph ontology;
    private final PrefixMapping prefixes;

    ReferenceChecker(Graph plan, Graph ontology, PrefixMapping prefixes) {
        this.plan = plan;
        this.ontology = ontology;
        this.prefixes = prefixes;
    }

    /** One problem at each place that uses an identifier another subject also uses. */
    List<PlanProblem> duplicateIdentifiers(List<StatementRecorder.IdentifierSighting> sightings) {
        // identifiers are compared as NFC: "é" typed as one character or as e + accent is one identifier
        Map<String, List<StatementRecorder.IdentifierSighting>> byIdentifier = new TreeMap<>(sightings.stream()
                .collect(Collectors.groupingBy(u -> Normalizer.normalize(u.identifier(), Normalizer.Form.NFC))));
        List<PlanProblem> problems = new ArrayList<>();
        for (StatementRecorder.IdentifierSighting use : sightings) {
            IdentifierText.problem(use.identifier()).ifPresent(why -> problems.add(new PlanProblem(use.at(),
                    "identifier " + IdentifierText.quoted(use.identifier()) + " of " + display(use.subject()) + " " + why)));
        }
        byIdentifier.forEach((identifier, uses) -> {
            long subjects = uses.stream().map(StatementRecorder.IdentifierSighting::subject).distinct().count();
            if (subjects < 2) {
                return;
            }
            for (StatementRecorder.IdentifierSighting use : uses) {
                String others = uses.stream()
                        .filter(other -> !other.subject().equals(use.subject()))
                        .map(other -> display(other.subject()) + " at " + other.at())
                        .sorted()
                        .collect(Collectors.joining(", "));
                boolean spelledApart = uses.stream().map(StatementRecorder.IdentifierSighting::identifier).distinct()
                        .count() > 1;
                problems.add(new PlanProblem(use.at(), "duplicate identifier " + IdentifierText.quoted(identifier)
                        + " of " + display(use.subject()) + ": also used by " + others
                        + (spelledApart ? " (the same after Unicode normalization, NFC)" : "")));
            }
        });
        return problems;
    }

    /**
     * One problem for each reference, by an {@code sp:} property, to an IRI in one of the plan's own namespaces
     * that no file gives an {@code rdf:type}; and for each reference to a secplan term the ontology lacks.
     */
    List<PlanProblem> undefinedReferences(List<StatementRecorder.ReferenceSighting> sightings,
                                          Predicate<String> mayBeDefinedInUnreadText) {
        Set<Node> typed = new HashSet<>();
        plan.find(Node.ANY, Vocabulary.TYPE, Node.ANY).forEach(t -> typed.add(t.getSubject()));
        Set<String> planNamespaces = new HashSet<>();
        typed.stream().filter(Node::isURI).map(n -> namespace(n.getURI()))
                .filter(ns -> !Vocabulary.isSecplanTerm(ns)).forEach(planNamespaces::add);
        boolean ontologyKnown = !ontology.isEmpty();
        List<PlanProblem> problems = new ArrayList<>();
        for (StatementRecorder.ReferenceSighting ref : sightings) {
            Node target = ref.object();
            if (typed.contains(target) || ontology.contains(target, Node.ANY, Node.ANY)) {
                continue;
            }
            String iri = target.getURI();
            if (mayBeDefinedInUnreadText.test(iri)) {
                continue;
            }
            if (planNamespaces.contains(namespace(iri))) {
                problems.add(new PlanProblem(ref.at(), display(ref.predicate()) + " of " + display(ref.subject())
                        + " refers to " + display(target) + ", which is not defined in any plan file (no file gives it an rdf:type)"));
            } else if (ontologyKnown && isSecplanValueTerm(iri)) {
                problems.add(new PlanProblem(ref.at(), display(ref.predicate()) + " of " + display(ref.subject())
                        + " refers to " + display(target) + ", which secplan does not define (a typo? see the ontology's concept schemes)"));
            }
        }
        return problems;
    }

    private static boolean isSecplanValueTerm(String iri) {
        return iri.startsWith(Vocabulary.SPK) || iri.startsWith(Vocabulary.CLAUSE) || iri.startsWith(Vocabulary.SP);
    }

    String display(Node node) {
        if (!node.isURI()) {
            return node.toString();
        }
        String shortForm = prefixes.shortForm(node.getURI());
        return shortForm.equals(node.getURI()) ? "<" + node.getURI() + ">" : shortForm;
    }

    static String localName(String iri) {
        return iri.substring(namespace(iri).length());
    }

    static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut < 0 ? iri : iri.substring(0, cut + 1);
    }
}
