package org.secplan;

import java.time.LocalDate;
import java.util.List;

import org.secplan.audience.Classification;
import org.secplan.audience.ClassificationLevel;
import org.secplan.audience.NeedToKnow;
import org.secplan.base.BundledResources;
import org.secplan.plan.Entity;
import org.secplan.plan.PlanGraph;
import org.secplan.query.FactCatalog;
import org.secplan.query.QueryGuard;
import org.secplan.query.QueryPolicy;
import org.secplan.query.QueryResult;
import org.secplan.query.SafeQueryExecutor;
import org.secplan.site.GraphReader;
import org.secplan.site.PlanFacts;
import org.secplan.site.PlanIndex;

/**
 * The front door the tests share, as one run would: secplan's checks parsed once, one Asciidoctor engine for every
 * test that renders. It lives as long as the test JVM.
 */
public final class TestSecplan {
    private static final Secplan SHARED = Secplan.open();
    private static final FactCatalog FACTS = new FactCatalog(BundledResources.forSecplan(),
            new SafeQueryExecutor(QueryPolicy.defaults(), new QueryGuard()));

    private TestSecplan() {
    }

    public static Secplan secplan() {
        return SHARED;
    }

    /** secplan's plan facts. */
    public static FactCatalog facts() {
        return FACTS;
    }

    /** The plan as the site reads it, with the plan facts of the whole plan, as a build reads them. */
    public static PlanIndex index(PlanGraph graph, LocalDate asOf) {
        GraphReader reader = new GraphReader() {
            @Override
            public QueryResult select(String sparql) {
                return graph.select(sparql);
            }

            @Override
            public List<Entity> entities() {
                return graph.entities();
            }
        };
        Classification levels = NeedToKnow.of(graph).classification();
        return PlanIndex.read(reader, asOf, PlanFacts.read(reader, FACTS, asOf,
                iri -> levels.levelOf(iri).map(ClassificationLevel::iri)));
    }
}
