package org.secplan;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.secplan.check.Check;
import org.secplan.check.CheckInfo;
import org.secplan.check.CheckLoader;
import org.secplan.check.CheckReport;
import org.secplan.check.CheckSuite;
import org.secplan.config.PlanConfigReader;
import org.secplan.plan.Entity;
import org.secplan.plan.PlanGraph;
import org.secplan.plan.PlanLoader;
import org.secplan.query.NamedQuery;
import org.secplan.query.NamedQueryCatalog;
import org.secplan.query.NamedQueryInfo;
import org.secplan.query.QueryGuard;
import org.secplan.query.QueryPolicy;
import org.secplan.query.QueryRejectedException;
import org.secplan.query.QueryResult;
import org.secplan.query.SafeQueryExecutor;

/**
 * The front door: load a plan directory, check it, query it. Each call wires up the small classes that do the
 * work; nothing is kept between calls.
 */
public final class Secplan {

    private Secplan() {
    }

    /** Loads a plan directory; throws {@link org.secplan.plan.PlanLoadException} holding every problem. */
    public static PlanGraph load(Path planDirectory) {
        return new PlanLoader(BundledResources.forSecplan(), new PlanConfigReader(), executor()).load(planDirectory);
    }

    /** Checks a plan as of its configured date, or today (UTC) when none is configured. */
    public static CheckReport check(PlanGraph plan) {
        return check(plan, asOf(plan));
    }

    /** Checks a plan, judging its dates as of {@code asOf}; uses the plan's own checks and overrides. */
    public static CheckReport check(PlanGraph plan, LocalDate asOf) {
        return suite(Optional.of(plan.directory())).run(plan, asOf);
    }

    /** secplan's built-in checks. */
    public static List<CheckInfo> checks() {
        return suite(Optional.empty()).infos();
    }

    /** secplan's built-in checks plus the plan directory's own {@code checks/}. */
    public static List<CheckInfo> checks(Path planDirectory) {
        return suite(Optional.of(planDirectory)).infos();
    }

    /** Runs a read-only query over the plan and the ontology. */
    public static QueryResult query(PlanGraph plan, String sparql) {
        return executor().execute(plan.dataset(), sparql, Map.of());
    }

    /** Runs a read-only query with {@code previous} in the named graph {@code <urn:secplan:previous>}. */
    public static QueryResult query(PlanGraph plan, PlanGraph previous, String sparql) {
        return executor().execute(plan.datasetWithPrevious(previous), sparql, Map.of());
    }

    /** Runs a built-in named query; {@code parameters} map variable names to entity identifiers. */
    public static QueryResult namedQuery(PlanGraph plan, String name, Map<String, String> parameters) {
        return namedQuery(plan, null, name, parameters);
    }

    /**
     * Runs a built-in named query; {@code previous}, when not null, is put in the named graph
     * {@code <urn:secplan:previous>}. Only the parameters the query's header declares are accepted.
     */
    public static QueryResult namedQuery(PlanGraph plan, PlanGraph previous, String name,
                                         Map<String, String> parameters) {
        NamedQuery query = new NamedQueryCatalog(BundledResources.forSecplan()).require(name);
        for (String variable : parameters.keySet()) {
            String var = variable.replaceFirst("^[?$]", "");
            if (!query.info().parameters().contains(var)) {
                throw new QueryRejectedException("the query '" + name + "' has no parameter '" + var + "'"
                        + (query.info().parameters().isEmpty() ? " (it takes none)"
                                : " (it takes: " + String.join(", ", query.info().parameters()) + ")"));
            }
        }
        return query(plan, previous, query.sparql(), parameters);
    }

    /**
     * Runs a read-only query with variables bound to entities: {@code parameters} map variable names to entity
     * identifiers. {@code previous}, when not null, is put in the named graph {@code <urn:secplan:previous>}.
     */
    public static QueryResult query(PlanGraph plan, PlanGraph previous, String sparql,
                                    Map<String, String> parameters) {
        Map<String, Node> bindings = new HashMap<>();
        parameters.forEach((variable, identifier) -> {
            String var = variable.replaceFirst("^[?$]", "");
            Entity entity = plan.byIdentifier(identifier).orElseThrow(() -> new QueryRejectedException(
                    "parameter " + var + "=" + identifier + ": no entity in the plan has the identifier '"
                            + identifier + "'"));
            bindings.put(var, entity.iri().startsWith("_:") ? NodeFactory.createBlankNode(entity.iri().substring(2))
                    : NodeFactory.createURI(entity.iri()));
        });
        // queries that judge dates (expired acceptances, overdue reviews) see the plan's as-of date, as checks do
        bindings.putIfAbsent("asOf", NodeFactory.createLiteral(asOf(plan).toString(), XSDDatatype.XSDdate));
        DatasetGraph dataset = previous == null ? plan.dataset() : plan.datasetWithPrevious(previous);
        return executor().execute(dataset, sparql, bindings);
    }

    /** The built-in named queries, sorted by name. */
    public static List<NamedQueryInfo> namedQueries() {
        return new NamedQueryCatalog(BundledResources.forSecplan()).infos();
    }

    /**
     * Renders the plan's site into {@code out}: checks the plan as of {@code options.asOf()}, plans and converts
     * every page, verifies every internal link, then swaps the finished site in atomically.
     *
     * @throws org.secplan.render.RenderException when the plan's pages are broken (unknown identifiers in
     *         macros, broken links); nothing is written then
     * @throws SecplanException when the output directory is refused
     */
    public static org.secplan.render.RenderResult render(PlanGraph plan, Path out,
                                                         org.secplan.render.RenderOptions options) {
        return render(plan, check(plan, options.asOf()), out, options);
    }

    /**
     * Renders one edition per audience into {@code <out>/<audience-id>/}, each from the audience's view of the plan
     * alone: checks, findings, counts, tables, the search index and every page are computed from the view; pages and
     * sections above the audience's level are left out. The edition that reads everything carries the full findings.
     *
     * @param audience the identifier of the one audience to render, or null for all of them
     * @throws SecplanException when an audience identifier cannot name a directory, or {@code audience} is unknown
     */
    public static List<Edition> renderEditions(PlanGraph plan, Path out, org.secplan.render.RenderOptions options,
                                               String audience) {
        return new Editions(plan).render(out, options, audience);
    }

    /** Renders every audience's edition into {@code <out>/<audience-id>/}. */
    public static List<Edition> renderEditions(PlanGraph plan, Path out, org.secplan.render.RenderOptions options) {
        return renderEditions(plan, out, options, null);
    }

    /** Renders the plan's site with the findings of a check already run (shown on the findings pages). */
    public static org.secplan.render.RenderResult render(PlanGraph plan, CheckReport report, Path out,
                                                         org.secplan.render.RenderOptions options) {
        org.secplan.render.QueryRunner queries = new org.secplan.render.QueryRunner() {
            @Override
            public QueryResult named(String name, Map<String, String> parameters) {
                // like namedQuery, but with ?asOf bound to the render's date: a page must not depend on the clock
                NamedQuery query = new NamedQueryCatalog(BundledResources.forSecplan()).require(name);
                Map<String, Node> bindings = new HashMap<>();
                parameters.forEach((variable, identifier) -> {
                    String var = variable.replaceFirst("^[?$]", "");
                    if (!query.info().parameters().contains(var)) {
                        throw new QueryRejectedException("the query '" + name + "' has no parameter '" + var + "'");
                    }
                    Entity entity = plan.byIdentifier(identifier).orElseThrow(() -> new QueryRejectedException(
                            "parameter " + var + "=" + identifier + ": no entity in the plan has the identifier '"
                                    + identifier + "'"));
                    bindings.put(var, NodeFactory.createURI(entity.iri()));
                });
                bindings.put("asOf", NodeFactory.createLiteral(options.asOf().toString(),
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
                return executor().execute(plan.dataset(), query.sparql(), bindings);
            }

            @Override
            public QueryResult sparql(String sparql) {
                return query(plan, sparql);
            }
        };
        org.secplan.site.GraphReader reader = new org.secplan.site.GraphReader() {
            @Override
            public QueryResult select(String sparql) {
                // the site reads the whole plan (every statement of a plan of 10,000 risks is ~500,000 rows): the
                // renderer's own queries are not bound by the row limit meant for users' queries
                return new SafeQueryExecutor(new QueryPolicy(java.time.Duration.ofMinutes(10), Integer.MAX_VALUE),
                        new QueryGuard()).execute(plan.dataset(), sparql, Map.of());
            }

            @Override
            public List<Entity> entities() {
                return plan.entities();
            }
        };
        return new org.secplan.render.SiteRenderer(options)
                .render(reader, plan.directory(), report, checks(plan.directory()), queries, out);
    }

    /** The day the plan's dates are judged against: its configured as-of date, else today (UTC). */
    private static LocalDate asOf(PlanGraph plan) {
        return plan.config().asOf().orElseGet(() -> LocalDate.now(Clock.systemUTC()));
    }

    private static CheckSuite suite(Optional<Path> planDirectory) {
        SafeQueryExecutor executor = executor();
        CheckLoader loader = new CheckLoader(executor);
        List<Check> checks = new ArrayList<>(loader.builtIn(BundledResources.forSecplan()));
        checks.addAll(CheckLoader.nativeChecks());
        planDirectory.ifPresent(dir -> checks.addAll(loader.fromFolder(dir.resolve("checks"), "checks/")));
        return new CheckSuite(checks, executor);
    }

    private static SafeQueryExecutor executor() {
        return new SafeQueryExecutor(QueryPolicy.defaults(), new QueryGuard());
    }
}
