package org.secplan.audience;

import org.secplan.plan.Vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;

class ClassificationSchemeTest {

    private static final String SPK = "https://w3id.org/secplan/concept/";

    @Test
    void readsShippedLevelsInRankOrderAndThePlanDefault() {
        ClassificationScheme scheme = ClassificationScheme.read(TestGraphs.load("/audience/canary-plan.ttl"));

        assertEquals(SPK + "classification-levels", scheme.iri());
        assertEquals(List.of("Public", "Internal", "Restricted", "Secret"),
                scheme.levels().stream().map(ClassificationLevel::label).toList());
        assertEquals(List.of(0, 1, 2, 3), scheme.levels().stream().map(ClassificationLevel::rank).toList());
        assertEquals(SPK + "class-internal", scheme.defaultLevel().iri());
        assertFalse(scheme.defaultFailedClosed());
    }

    @Test
    void defaultLevelFailsClosedToTheHighestWhenThePlanSetsNone() {
        ClassificationScheme scheme = ClassificationScheme.read(TestGraphs.load("/audience/no-audience-plan.ttl"));

        assertEquals(SPK + "class-secret", scheme.defaultLevel().iri(),
                "what the plan forgot to classify is not published by omission");
        assertFalse(scheme.defaultDeclared());
        assertFalse(scheme.defaultFailedClosed(), "no default is not an unknown default");
        assertEquals("https://plan.no-audience.example/#plan", scheme.plan().orElseThrow());
        assertEquals(SPK + "class-secret", ClassificationScheme.builtIn().defaultLevel().iri());
    }

    @Test
    void planDefinedSchemeReplacesTheShippedOne() {
        ClassificationScheme scheme = ClassificationScheme.read(TestGraphs.load("/audience/own-scheme-plan.ttl"));

        assertEquals("https://plan.own-scheme.example/#levels", scheme.iri());
        assertEquals(List.of("Open", "Confidential"), scheme.levels().stream().map(ClassificationLevel::label).toList());
        assertTrue(scheme.level(SPK + "class-public").isEmpty(), "shipped levels are not levels of the plan's scheme");
        assertTrue(scheme.level("https://plan.own-scheme.example/#unranked").isEmpty(), "a level needs a rank");
        assertEquals("Confidential", scheme.defaultLevel().label(), "no default: the highest of the plan's own levels");
    }

    @Test
    void unknownDefaultLevelFailsClosedToTheHighest() {
        Graph graph = TestGraphs.load("/audience/no-audience-plan.ttl");
        graph.add(org.apache.jena.graph.NodeFactory.createURI("https://plan.no-audience.example/#plan"),
                Vocabulary.DEFAULT_CLASSIFICATION,
                org.apache.jena.graph.NodeFactory.createURI("https://plan.no-audience.example/#typo"));

        ClassificationScheme scheme = ClassificationScheme.read(graph);

        assertEquals(SPK + "class-secret", scheme.defaultLevel().iri());
        assertTrue(scheme.defaultFailedClosed());
        assertTrue(scheme.defaultDeclared());
    }

    @Test
    void resolvesAPageAttributeByNameLabelOrIriAndFailsClosedOtherwise() {
        ClassificationScheme scheme = ClassificationScheme.builtIn();

        assertEquals(2, scheme.resolveOrHighest("restricted").rank());
        assertEquals(2, scheme.resolveOrHighest("Restricted").rank());
        assertEquals(2, scheme.resolveOrHighest("class-restricted").rank());
        assertEquals(2, scheme.resolveOrHighest("spk:class-restricted").rank());
        assertEquals(2, scheme.resolveOrHighest(SPK + "class-restricted").rank());
        assertEquals(3, scheme.resolveOrHighest("restrictd").rank());
        assertEquals(3, scheme.resolveOrHighest("").rank());
    }
}
