package org.secplan.audience;

import org.secplan.plan.Vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;

class ClassifierTest {

    private static final String P = "https://plan.canary.example/#";

    private final Graph graph = TestGraphs.load("/audience/canary-plan.ttl");
    private final ClassificationScheme scheme = ClassificationScheme.read(graph);
    private final Classification classification = new Classifier(scheme).classify(graph);

    private int rank(String local) {
        return classification.levelOf(P + local).orElseThrow().rank();
    }

    @Test
    void entityTakesItsOwnLevelOrThePlanDefault() {
        assertEquals(0, rank("A-CANARY0"));
        assertEquals(1, rank("ROLE-CANARY1"), "no sp:classification: the plan default, internal");
        assertEquals(2, rank("R-CANARY2"));
        assertEquals(3, rank("OB-CANARY3"));
    }

    @Test
    void unknownLevelFailsClosedToTheHighestAndIsReported() {
        assertEquals(3, rank("X-CANARY3"));
        assertEquals(Set.of(P + "X-CANARY3"), classification.failedClosed());
    }

    @Test
    void severalLevelsOnOneEntityMeanTheMostSensitive() {
        assertEquals(2, rank("D-CANARY2"));
    }

    @Test
    void nestedBlankNodesTakeTheirOwnersLevelAtAnyDepth() {
        Node risk = NodeFactory.createURI(P + "R-CANARY2");
        Node acceptance = only(risk, "acceptance");
        Node acceptedBy = graph.find(acceptance, Vocabulary.spNode("acceptedBy"), Node.ANY).next().getObject();

        assertEquals(2, classification.levelOf(acceptance).rank());
        assertEquals(2, classification.levelOf(acceptedBy).rank());
        assertEquals(1, classification.levelOf(only(NodeFactory.createURI(P + "ROLE-CANARY1"), "requiredCompetence"))
                .rank());
    }

    @Test
    void blankNodeKeepsItsOwnLevelWhenHigherThanItsOwner() {
        Node nested = only(NodeFactory.createURI(P + "A-CANARY0"), "requiredCompetence");

        assertEquals(3, classification.levelOf(nested).rank());
    }

    @Test
    void requiringExplicitLevelsMakesUnclassifiedEntitiesTheHighest() {
        Classification strict = new Classifier(scheme, true).classify(graph);

        assertEquals(3, strict.levelOf(P + "ROLE-CANARY1").orElseThrow().rank());
        assertTrue(strict.failedClosed().contains(P + "ROLE-CANARY1"));
        assertEquals(0, strict.levelOf(P + "A-CANARY0").orElseThrow().rank());
    }

    @Test
    void schemeLevelsAndVocabularyAreReadableByEveryone() {
        Graph own = TestGraphs.load("/audience/own-scheme-plan.ttl");
        own.add(Triple.create(Vocabulary.spNode("Risk"), NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#comment"),
                NodeFactory.createLiteralString("plan remark on the vocabulary")));
        ClassificationScheme ownScheme = ClassificationScheme.read(own);
        Classification levels = new Classifier(ownScheme).classify(own);

        assertEquals(0, levels.levelOf("https://plan.own-scheme.example/#confidential").orElseThrow().rank(),
                "a level is always readable, even if it classifies itself");
        assertEquals(0, levels.levelOf("https://plan.own-scheme.example/#levels").orElseThrow().rank());
        assertEquals(0, levels.levelOf(Vocabulary.SP + "Risk").orElseThrow().rank());
        assertEquals(5, levels.levelOf("https://plan.own-scheme.example/#R-2").orElseThrow().rank());
        assertEquals(5, levels.levelOf("https://plan.own-scheme.example/#R-3").orElseThrow().rank(),
                "a shipped level is unknown to a plan with its own scheme");
        assertEquals(5, levels.levelOf("https://plan.own-scheme.example/#R-4").orElseThrow().rank(),
                "a level without rank is unknown");
        assertEquals(0, levels.levelOf("https://plan.own-scheme.example/#R-1").orElseThrow().rank());
    }

    private Node only(Node subject, String property) {
        return graph.find(subject, Vocabulary.spNode(property), Node.ANY).next().getObject();
    }
}
