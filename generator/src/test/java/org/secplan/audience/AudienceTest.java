package org.secplan.audience;

import org.secplan.plan.Vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class AudienceTest {

    @Test
    void readsDeclaredAudiencesSortedByIdentifierWithTheirMaximumLevel() {
        NeedToKnow ntk = NeedToKnow.of(TestGraphs.load("/audience/canary-plan.ttl"));

        assertEquals(List.of("partners", "public", "security-team", "staff"),
                ntk.audiences().stream().map(Audience::identifier).toList());
        assertEquals("Restricted", ntk.audience("partners").orElseThrow().maxLevel().label());
        assertEquals("Security team CANARY0", ntk.audience("security-team").orElseThrow().label());
        assertEquals("security-team", ntk.fullAudience().orElseThrow().identifier());
    }

    @Test
    void planWithoutAudiencesGetsOneAudienceAllThatReadsEverything() {
        NeedToKnow ntk = NeedToKnow.of(TestGraphs.load("/audience/no-audience-plan.ttl"));

        assertEquals(1, ntk.audiences().size());
        Audience all = ntk.audiences().get(0);
        assertEquals(Audience.DEFAULT_IDENTIFIER, all.identifier());
        assertTrue(all.readsEverything(ntk.scheme()));
        assertEquals(ntk.classification().scheme().highest(), all.maxLevel());
    }

    @Test
    void audienceWithoutOrWithUnknownMaximumReadsOnlyTheLowestLevel() {
        Graph graph = TestGraphs.load("/audience/canary-plan.ttl");
        graph.remove(NodeFactory.createURI("https://plan.canary.example/#aud-staff"), Vocabulary.MAX_CLASSIFICATION,
                org.apache.jena.graph.Node.ANY);
        graph.remove(NodeFactory.createURI("https://plan.canary.example/#aud-partners"), Vocabulary.MAX_CLASSIFICATION,
                org.apache.jena.graph.Node.ANY);
        graph.add(NodeFactory.createURI("https://plan.canary.example/#aud-partners"), Vocabulary.MAX_CLASSIFICATION,
                NodeFactory.createURI("https://plan.canary.example/#typo"));

        NeedToKnow ntk = NeedToKnow.of(graph);

        assertEquals(0, ntk.audience("staff").orElseThrow().maxLevel().rank());
        assertEquals(0, ntk.audience("partners").orElseThrow().maxLevel().rank());
    }
}
