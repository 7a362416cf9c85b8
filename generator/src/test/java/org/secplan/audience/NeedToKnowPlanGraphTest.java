package org.secplan.audience;

import static org.secplan.TestSecplan.secplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.secplan.Secplan;
import org.secplan.plan.Entity;
import org.secplan.plan.PlanGraph;

class NeedToKnowPlanGraphTest {

    private static PlanGraph loadPlan() throws URISyntaxException {
        return secplan().load(Path.of(NeedToKnowPlanGraphTest.class.getResource("/audience/edition-plan").toURI()));
    }

    @Test
    void editionPlanGraphKnowsOnlyWhatItsAudienceMayRead() throws URISyntaxException {
        PlanGraph plan = loadPlan();
        NeedToKnow ntk = NeedToKnow.of(plan);

        PlanGraph publicEdition = ntk.planFor(ntk.audience("public").orElseThrow());

        List<String> ids = publicEdition.entities().stream().map(Entity::identifier).toList();
        assertTrue(ids.contains("C-1"));
        assertFalse(ids.contains("R-9"));
        assertFalse(ids.contains("T-1"));
        assertTrue(publicEdition.byIdentifier("R-9").isEmpty());
        assertEquals(0, publicEdition.select(
                "SELECT ?s WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"CANARY3\")) }").rows().size());
        assertTrue(publicEdition.clauseTitle("3.1").isPresent(), "the ontology stays whole");
    }

    @Test
    void editionThatReadsEverythingIsTheWholePlan() throws URISyntaxException {
        PlanGraph plan = loadPlan();
        NeedToKnow ntk = NeedToKnow.of(plan);

        PlanGraph full = ntk.planFor(ntk.fullAudience().orElseThrow());

        assertEquals(plan.entities(), full.entities());
        assertEquals(plan.planData().size(), full.planData().size());
    }
}
