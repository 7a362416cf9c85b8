package org.secplan.audience;

import org.secplan.plan.Vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * A group of readers and the highest classification level it may read; one site edition each.
 *
 * @param identifier the audience's {@code dcterms:identifier}; names its edition directory
 * @param label      its {@code rdfs:label}
 * @param maxLevel   the highest level it may read
 */
public record Audience(String identifier, String label, ClassificationLevel maxLevel) {

    /** Identifier of the audience a plan gets when it declares none. */
    public static final String DEFAULT_IDENTIFIER = "all";

    public Audience {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(maxLevel, "maxLevel");
    }

    /** True when this audience may read something at {@code level}. */
    public boolean mayRead(ClassificationLevel level) {
        return level.rank() <= maxLevel.rank();
    }

    /** True when this audience reads everything the scheme can classify. */
    public boolean readsEverything(ClassificationScheme scheme) {
        return maxLevel.rank() >= scheme.highest().rank();
    }

    /**
     * The plan's audiences, sorted by identifier; a single audience {@value #DEFAULT_IDENTIFIER} that reads
     * everything when the plan declares none. An audience without {@code sp:maxClassification}, or with one
     * that is not a level of the scheme, fails closed: it reads only the lowest level (the check
     * {@code classification-level-known} reports it). An {@code sp:Audience} without an identifier has no
     * edition (the loader reports the missing identifier).
     */
    public static List<Audience> readAll(Graph graph, ClassificationScheme scheme) {
        List<Audience> declared = readDeclared(graph, scheme);
        return declared.isEmpty() ? List.of(everyone(scheme)) : declared;
    }

    /** The audiences the plan declares, sorted by identifier; empty when it declares none. */
    static List<Audience> readDeclared(Graph graph, ClassificationScheme scheme) {
        List<Audience> audiences = new ArrayList<>();
        graph.find(Node.ANY, Vocabulary.TYPE, Vocabulary.AUDIENCE).forEachRemaining(t -> {
            Node node = t.getSubject();
            Node id = ClassificationScheme.first(graph, node, Vocabulary.IDENTIFIER);
            if (id == null || !id.isLiteral() || id.getLiteralLexicalForm().isBlank()) {
                return;
            }
            String identifier = id.getLiteralLexicalForm().strip();
            audiences.add(new Audience(identifier, labelOrIdentifier(graph, node, identifier),
                    maxLevelOf(graph, node, scheme)));
        });
        audiences.sort(Comparator.comparing(Audience::identifier));
        return List.copyOf(audiences);
    }

    /** The default audience: reads everything. */
    public static Audience everyone(ClassificationScheme scheme) {
        return new Audience(DEFAULT_IDENTIFIER, "All readers", scheme.highest());
    }

    /**
     * The same readers measured against another version of the plan, whose scheme may differ: the level of that
     * scheme with the same IRI as this audience's, else that scheme's lowest (failing closed, as for an audience
     * whose level is unknown). Used to show an audience an earlier version at the level it reads today.
     */
    public Audience inScheme(ClassificationScheme other) {
        return new Audience(identifier, label, other.level(maxLevel.iri()).orElse(other.lowest()));
    }

    private static ClassificationLevel maxLevelOf(Graph graph, Node audience, ClassificationScheme scheme) {
        List<Node> declared = graph.find(audience, Vocabulary.MAX_CLASSIFICATION, Node.ANY)
                .mapWith(t -> t.getObject()).toList();
        if (declared.isEmpty()) {
            return scheme.lowest();
        }
        ClassificationLevel least = null;
        for (Node level : declared) {
            ClassificationLevel known = level.isURI() ? scheme.level(level.getURI()).orElse(null) : null;
            if (known == null) {
                return scheme.lowest();
            }
            // contradictory declarations: the more restrictive one wins
            if (least == null || least.isAbove(known)) {
                least = known;
            }
        }
        return least;
    }

    private static String labelOrIdentifier(Graph graph, Node node, String identifier) {
        Node label = ClassificationScheme.first(graph, node, Vocabulary.LABEL);
        return label != null && label.isLiteral() ? label.getLiteralLexicalForm() : identifier;
    }
}
