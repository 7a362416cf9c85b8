package org.secplan.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.secplan.check.CheckInfo;
import org.secplan.check.CheckReport;
import org.secplan.plan.Entity;
import org.secplan.plan.PlanGraph;
import org.secplan.build.PlanQueries;
import org.secplan.query.QueryGuard;
import org.secplan.query.QueryPolicy;
import org.secplan.query.QueryResult;
import org.secplan.query.SafeQueryExecutor;
import org.secplan.render.QueryRunner;
import org.secplan.render.RenderOptions;
import org.secplan.render.RenderResult;
import org.secplan.render.SiteRenderer;
import org.secplan.site.GraphReader;

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

    RenderResult render(PlanGraph plan, CheckReport report, List<CheckInfo> checks, Path out, RenderOptions options) {
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
        GraphReader reader = new GraphReader() {
            @Override
            public QueryResult select(String sparql) {
                return siteReads.execute(plan.dataset(), sparql, Map.of());
            }

            @Override
            public List<Entity> entities() {
                return plan.entities();
            }
        };
        return new SiteRenderer(options).render(reader, plan.directory(), report, checks, pageQueries, out);
    }
}
