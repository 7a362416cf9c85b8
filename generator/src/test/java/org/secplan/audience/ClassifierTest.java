package org.secplan.audience;

import org.secplan.plan.Vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
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
    void theSchemeAndItsLevelsAreReadableByEveryone() {
        Graph own = TestGraphs.load("/audience/own-scheme-plan.ttl");
        ClassificationScheme ownScheme = ClassificationScheme.read(own);
        Classification levels = new Classifier(ownScheme).classify(own);

        assertEquals(0, levels.levelOf("https://plan.own-scheme.example/#confidential").orElseThrow().rank(),
                "a level is always readable, even if it classifies itself");
        assertEquals(0, levels.levelOf("https://plan.own-scheme.example/#levels").orElseThrow().rank());
        assertEquals(5, levels.levelOf("https://plan.own-scheme.example/#unranked").orElseThrow().rank(),
                "a concept of the scheme without a rank is no level: plan content like any other");
        assertEquals(5, levels.levelOf("https://plan.own-scheme.example/#R-2").orElseThrow().rank());
        assertEquals(5, levels.levelOf("https://plan.own-scheme.example/#R-3").orElseThrow().rank(),
                "a shipped level is unknown to a plan with its own scheme");
        assertEquals(5, levels.levelOf("https://plan.own-scheme.example/#R-4").orElseThrow().rank(),
                "a level without rank is unknown");
        assertEquals(5, levels.levelOf("https://plan.own-scheme.example/#R-1").orElseThrow().rank(),
                "the plan sets no default: an unclassified entity is the highest level");
    }

    @Test
    void noTypeAndNoNamespaceMakesAPlanSubjectPublic() {
        TestGraphs.add(graph, """
                @prefix : <https://plan.canary.example/#> .
                @prefix sp: <https://w3id.org/secplan/ns#> .
                @prefix spk: <https://w3id.org/secplan/concept/> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                :CONCEPT a skos:Concept ; skos:prefLabel "Own concept CANARY1" ; skos:inScheme :SCHEME .
                :SCHEME a skos:ConceptScheme ; skos:prefLabel "Own scheme CANARY1" .
                :MATRIX a sp:RiskMatrix ; rdfs:label "Own matrix CANARY1" .
                :CLASS a owl:Class, rdfs:Class ; rdfs:label "Own class CANARY1" .
                :R-CONCEPT a sp:Risk, skos:Concept ; dcterms:identifier "R-CONCEPT" ; rdfs:label "Risk CANARY1" .
                <http://www.w3.org/ns/org#evil> a sp:Asset ; dcterms:identifier "A-EVIL" ; rdfs:label "CANARY1" .
                <http://www.w3.org/2004/02/skos/core#Evil> a skos:Concept ; skos:prefLabel "CANARY1" .
                spk:invented a skos:Concept ; skos:prefLabel "Invented in secplan's namespace CANARY1" .
                :MARKED a skos:Concept ; skos:prefLabel "Needed by every reader" ; sp:classification spk:class-public .
                """);
        Classification levels = new Classifier(scheme).classify(graph);

        for (String iri : List.of(P + "CONCEPT", P + "SCHEME", P + "MATRIX", P + "CLASS", P + "R-CONCEPT",
                Vocabulary.ORG + "evil", Vocabulary.SKOS + "Evil", Vocabulary.SPK + "invented")) {
            assertEquals(1, levels.levelOf(iri).orElseThrow().rank(), iri + " takes the plan default, internal");
        }
        assertEquals(0, levels.levelOf(P + "MARKED").orElseThrow().rank(), "a concept the plan marks public is");
    }

    @Test
    void thePlansStatementsAboutABundledTermTakeTheirLevelButTheTermStaysReadable() {
        Graph bundled = TestGraphs.add(GraphFactory.createDefaultGraph(), """
                @prefix sp: <https://w3id.org/secplan/ns#> .
                @prefix spk: <https://w3id.org/secplan/concept/> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                spk:risk-high a skos:Concept ; skos:prefLabel "High" .
                """);
        Node high = NodeFactory.createURI(Vocabulary.SPK + "risk-high");
        graph.add(Triple.create(high, Vocabulary.LABEL, NodeFactory.createLiteralString("Plan remark CANARY1")));
        Classification levels = new Classifier(scheme).classify(graph, bundled);

        assertEquals(1, levels.levelOf(high).rank(), "the plan's remark is plan content at the default");
        assertNull(levels.levelAsReference(high), "a reference to the bundled term is never withheld");
        assertEquals(1, levels.levelAsReference(NodeFactory.createURI(P + "ROLE-CANARY1")).rank());
    }

    private Node only(Node subject, String property) {
        return graph.find(subject, Vocabulary.spNode(property), Node.ANY).next().getObject();
    }
}
