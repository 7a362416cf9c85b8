package org.secplan.audience;

import org.secplan.plan.Vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.secplan.base.SecplanException;

class AudienceTest {
    private static final String SPK = "https://w3id.org/secplan/concept/";

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

    @Test
    void knowsWhetherThePlanDeclaresItsAudiences() {
        assertTrue(NeedToKnow.of(TestGraphs.load("/audience/canary-plan.ttl")).declaresAudiences());
        assertFalse(NeedToKnow.of(TestGraphs.load("/audience/no-audience-plan.ttl")).declaresAudiences(),
                "the default audience 'all' is not declared");
    }

    @Test
    void anUnknownAudienceIsRefusedNamingThePlansAudiences() {
        NeedToKnow ntk = NeedToKnow.of(TestGraphs.load("/audience/canary-plan.ttl"));

        assertEquals("staff", ntk.requireAudience("staff").identifier());
        SecplanException e = assertThrows(SecplanException.class, () -> ntk.requireAudience("Staff"));
        assertEquals("the plan has no audience 'Staff' (its audiences: partners, public, security-team, staff)",
                e.getMessage());
    }

    @Test
    void anAudienceMeasuredAgainstAnotherSchemeKeepsItsLevelThereOrReadsOnlyTheLowest() {
        ClassificationScheme shipped = ClassificationScheme.builtIn();
        Audience staff = new Audience("staff", "All staff", shipped.level(SPK + "class-internal").orElseThrow());
        ClassificationScheme own = ClassificationScheme.read(TestGraphs.load("/audience/own-scheme-plan.ttl"));

        assertEquals(staff, staff.inScheme(ClassificationScheme.builtIn()));
        Audience elsewhere = staff.inScheme(own);
        assertEquals("staff", elsewhere.identifier());
        assertEquals(own.lowest(), elsewhere.maxLevel(), "a level the other scheme lacks fails closed");
    }
}
