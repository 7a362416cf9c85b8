package org.secplan.build;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.secplan.audience.Classification;
import org.secplan.audience.ClassificationLevel;
import org.secplan.check.CheckInfo;
import org.secplan.check.CheckReport;
import org.secplan.plan.Entity;
import org.secplan.plan.PlanGraph;
import org.secplan.query.QueryGuard;
import org.secplan.query.QueryPolicy;
import org.secplan.query.QueryResult;
import org.secplan.query.SafeQueryExecutor;
import org.secplan.render.QueryRunner;
import org.secplan.render.RenderOptions;
import org.secplan.render.RenderResult;
import org.secplan.render.SiteRenderer;
import org.secplan.site.GraphReader;
import org.secplan.site.PlanFacts;

/**
 * Renders one site from one plan graph — the whole plan or an audience's view of it — with the findings it is to
 * show: wires the pages' queries (the same {@link PlanQueries} users run, judged as of the render's date) and the
 * site's reads of the graph to the renderer.
 */
final class EditionRenderer {
    /**
     * The site reads the whole plan (every statement of a plan of 10,000 risks is ~500,000 rows): the renderer's
     * own queries are not bound by the row limit meant for users' queries.
     */
    private static final QueryPolicy SITE_READS = new QueryPolicy(Duration.ofMinutes(10), Integer.MAX_VALUE);

    private final PlanQueries queries;
    private final SafeQueryExecutor siteReads = new SafeQueryExecutor(SITE_READS, new QueryGuard());

    EditionRenderer(PlanQueries queries) {
        this.queries = queries;
    }

    /**
     * The plan facts of the whole plan as of {@code asOf}, read once per run and shown by every edition: the checks
     * judge the whole plan, so the figures of a lower edition are those facts for the subjects it may see.
     */
    PlanFacts facts(PlanGraph whole, LocalDate asOf, Classification classification) {
        return PlanFacts.read(reader(whole), queries.facts(), asOf,
                iri -> classification.levelOf(iri).map(ClassificationLevel::iri));
    }

    RenderResult render(PlanGraph plan, PlanFacts facts, CheckReport report, List<CheckInfo> checks, Path out,
                        RenderOptions options) {
        QueryRunner pageQueries = new QueryRunner() {
            @Override
            public QueryResult named(String name, Map<String, String> parameters) {
                return queries.named(plan, null, name, parameters, options.asOf());
            }

            @Override
            public QueryResult sparql(String sparql) {
                return queries.sparql(plan, null, sparql, Map.of(), options.asOf());
            }
        };
        return new SiteRenderer(options).render(reader(plan), facts, plan.directory(), report, checks, pageQueries,
                out);
    }

    private GraphReader reader(PlanGraph plan) {
        return new GraphReader() {
            @Override
            public QueryResult select(String sparql) {
                return siteReads.execute(plan.dataset(), sparql, Map.of());
            }

            @Override
            public List<Entity> entities() {
                return plan.entities();
            }
        };
    }
}
