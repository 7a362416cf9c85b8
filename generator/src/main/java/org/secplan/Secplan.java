package org.secplan;

import org.secplan.base.BundledResources;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.secplan.base.SecplanException;
import org.secplan.build.AsOf;
import org.secplan.build.AudienceScope;
import org.secplan.build.BuildOutcome;
import org.secplan.build.BuildRequest;
import org.secplan.build.ChangeReview;
import org.secplan.control.EndorsedPlan;
import org.secplan.control.Endorsements;
import org.secplan.control.Endorser;
import org.secplan.control.PlanChanges;
import org.secplan.control.PlanSnapshot;
import org.secplan.build.Pipeline;
import org.secplan.check.CheckCatalog;
import org.secplan.check.CheckInfo;
import org.secplan.check.CheckReport;
import org.secplan.config.PlanConfigReader;
import org.secplan.plan.PlanGraph;
import org.secplan.plan.PlanLoader;
import org.secplan.query.FactCatalog;
import org.secplan.query.NamedQueryCatalog;
import org.secplan.query.NamedQueryInfo;
import org.secplan.build.PlanQueries;
import org.secplan.query.QueryGuard;
import org.secplan.query.QueryPolicy;
import org.secplan.query.QueryResult;
import org.secplan.query.SafeQueryExecutor;
import org.secplan.render.EnginePool;
import org.secplan.render.RenderOptions;
import org.secplan.render.RenderResult;

/**
 * The front door, opened once per run: it parses secplan's bundled checks and named queries once, owns the
 * read-only query executor and the run's Asciidoctor engines (the first starts booting in the background as soon as
 * a build knows it will render, and every edition reuses it), and offers what secplan does — {@link #load}, {@link #check},
 * {@link #query}, {@link #build}. Close it when the run is over.
 *
 * <pre>{@code
 * try (Secplan secplan = Secplan.open()) {
 *     BuildOutcome outcome = secplan.build(BuildRequest.of(planDirectory, out));
 * }
 * }</pre>
 */
public final class Secplan implements AutoCloseable {

    /** What a run has done so far that costs seconds, for tests and performance reports. */
    public record Stats(int bundledCheckParses, int enginesStarted) {
    }

    private final Clock clock;
    private final SafeQueryExecutor executor;
    private final CheckCatalog checks;
    private final PlanQueries queries;
    private final PlanLoader loader;
    private final EnginePool engines;

    private Secplan(Clock clock) {
        BundledResources resources = BundledResources.forSecplan();
        this.clock = clock;
        this.executor = new SafeQueryExecutor(QueryPolicy.defaults(), new QueryGuard());
        // no engine starts until a build knows it will render (then it boots while the plan loads and is checked)
        this.engines = EnginePool.idle();
        FactCatalog facts = new FactCatalog(resources, executor);
        this.checks = new CheckCatalog(resources, executor, facts);
        this.queries = new PlanQueries(executor, new NamedQueryCatalog(resources), facts);
        this.loader = new PlanLoader(resources, new PlanConfigReader(), executor);
    }

    /** Opens the front door for one run. */
    public static Secplan open() {
        return new Secplan(Clock.systemUTC());
    }

    /** Like {@link #open()}, with "today" taken from {@code clock} (tests). */
    public static Secplan open(Clock clock) {
        return new Secplan(clock);
    }

    /** Loads a plan directory; throws {@link org.secplan.plan.PlanLoadException} holding every problem. */
    public PlanGraph load(Path planDirectory) {
        return loader.load(planDirectory);
    }

    /** The day the plan's dates are judged by: {@code explicit} when given, else the plan's as-of, else today (UTC). */
    public LocalDate asOf(PlanGraph plan, LocalDate explicit) {
        return AsOf.resolve(explicit, plan.config(), clock);
    }

    /** Checks a plan as of its configured date, or today (UTC) when none is configured. */
    public CheckReport check(PlanGraph plan) {
        return check(plan, asOf(plan, null));
    }

    /** Checks a plan, judging its dates as of {@code asOf}; uses the plan's own checks and overrides. */
    public CheckReport check(PlanGraph plan, LocalDate asOf) {
        return pipeline().check(plan, asOf);
    }

    /**
     * What a query or a check on {@code plan} sees: the view of the audience {@code audience} names — the view its site
     * edition is built from — or, when it is null, the whole plan.
     *
     * @throws SecplanException when the plan has no such audience, or declares none
     */
    public AudienceScope scope(PlanGraph plan, String audience) {
        return AudienceScope.of(plan, audience);
    }

    /**
     * Checks the whole plan once, judging its dates as of {@code asOf}, and returns the findings {@code scope} shows:
     * the findings of its audience's edition, or every finding of the whole plan.
     */
    public CheckReport check(AudienceScope scope, LocalDate asOf) {
        return scope.check(pipeline(), asOf);
    }

    /** secplan's built-in checks. */
    public List<CheckInfo> checks() {
        return checks.builtIn().infos();
    }

    /** secplan's built-in checks plus the plan directory's own {@code checks/}. */
    public List<CheckInfo> checks(Path planDirectory) {
        return checks.forPlan(planDirectory).infos();
    }

    /** The checks that run on a loaded plan: secplan's and the plan's own, less those its settings switch off. */
    public List<CheckInfo> checks(PlanGraph plan) {
        return checks(plan.directory()).stream().filter(c -> plan.config().isEnabled(c.id())).toList();
    }

    /**
     * Runs a user's read-only query over the plan and the ontology, dates judged by the plan's rule. The query may
     * use secplan's prefixes ({@code sp:}, {@code spk:}, {@code clause:}, {@code rdf:}, {@code rdfs:}, {@code xsd:},
     * {@code skos:}, {@code dcterms:}) without declaring them.
     */
    public QueryResult query(PlanGraph plan, String sparql) {
        return query(plan, null, sparql, Map.of());
    }

    /** Runs a read-only query with {@code previous} in the named graph {@code <urn:secplan:previous>}. */
    public QueryResult query(PlanGraph plan, PlanGraph previous, String sparql) {
        return query(plan, previous, sparql, Map.of());
    }

    /**
     * Runs a read-only query with variables bound to entities: {@code parameters} map variable names to entity
     * identifiers. {@code previous}, when not null, is put in the named graph {@code <urn:secplan:previous>}.
     */
    public QueryResult query(PlanGraph plan, PlanGraph previous, String sparql, Map<String, String> parameters) {
        return queries.adHoc(plan, previous, sparql, parameters, asOf(plan, null));
    }

    /**
     * Runs a user's read-only query on what {@code scope} sees; {@code previous}, when not null, is seen by the same
     * audience and put in the named graph {@code <urn:secplan:previous>}. Parameters name entities the scope sees.
     */
    public QueryResult query(AudienceScope scope, PlanGraph previous, String sparql, Map<String, String> parameters) {
        return query(scope.plan(), scope.previous(previous), sparql, parameters);
    }

    /** Runs a built-in named query on what {@code scope} sees, and on {@code previous} as the same audience sees it. */
    public QueryResult namedQuery(AudienceScope scope, PlanGraph previous, String name, Map<String, String> parameters) {
        return namedQuery(scope.plan(), scope.previous(previous), name, parameters);
    }

    /** Runs a built-in named query; {@code parameters} map variable names to entity identifiers. */
    public QueryResult namedQuery(PlanGraph plan, String name, Map<String, String> parameters) {
        return namedQuery(plan, null, name, parameters);
    }

    /**
     * Runs a built-in named query; {@code previous}, when not null, is put in the named graph
     * {@code <urn:secplan:previous>}. Only the parameters the query's header declares are accepted.
     */
    public QueryResult namedQuery(PlanGraph plan, PlanGraph previous, String name, Map<String, String> parameters) {
        return queries.named(plan, previous, name, parameters, asOf(plan, null));
    }

    /**
     * The digest of the plan's endorsable content — its statements less the endorsement records, and its pages — in
     * the form {@code sha256:<hex>}: the SHA-256 of the canonical snapshot {@link #endorse} keeps.
     */
    public String digest(PlanGraph plan) {
        return PlanSnapshot.digestOf(plan);
    }

    /** Records the endorsement of the plan's current content by a top-management role; see {@link Endorser}. */
    public Endorser.Result endorse(PlanGraph plan, Endorser.Request request) {
        return Endorser.endorse(plan, request);
    }

    /**
     * What changed from {@code previous} to the plan {@code current} sees, element by element and page by page; an
     * audience sees the changes of what it may read in both versions.
     */
    public PlanChanges diff(PlanGraph previous, AudienceScope current) {
        return current.changesFrom(previous, PlanSnapshot.currentPages(previous.directory()));
    }

    /**
     * The plan's endorsement whose content no longer matches, and what changed since as {@code scope} sees it; empty
     * when the endorsed plans are unchanged or no endorsement records a digest.
     */
    public Optional<ChangeReview.SinceEndorsement> changesSinceEndorsement(AudienceScope scope) {
        return scope.sinceEndorsement();
    }

    /** The plans of the directory whose endorsement records a content digest, and whether their content still matches. */
    public List<EndorsedPlan> endorsements(PlanGraph plan) {
        return Endorsements.of(plan);
    }

    /** The title of a clause of ISO 22342 by its number (e.g. {@code 5.3.5}), from secplan's ontology. */
    public java.util.Optional<String> clauseTitle(String clauseNumber) {
        return PlanGraph.clauseTitle(loader.ontology(), clauseNumber);
    }

    /** The built-in named queries, sorted by name. */
    public List<NamedQueryInfo> namedQueries() {
        return queries.catalog().infos();
    }

    /**
     * Builds a plan's editions: skips the work when a cache says nothing changed; otherwise loads the plan, checks
     * it once and renders one edition per audience (or the one asked for) with the findings each may show.
     *
     * @throws org.secplan.render.RenderException when the plan's pages are broken; the previous editions stay
     * @throws SecplanException when an option is refused (an output or cache directory, an audience)
     */
    public BuildOutcome build(BuildRequest request) {
        return pipeline().run(request);
    }

    /** Checks a loaded plan once and renders its editions (all, or the one {@code audience} names, when not null). */
    public BuildOutcome renderEditions(PlanGraph plan, Path out, RenderOptions options, String audience) {
        return pipeline().editions(plan, out, options, audience);
    }

    /** Checks the whole plan as of {@code options.asOf()} and renders it as one site, without editions. */
    public RenderResult renderSite(PlanGraph plan, Path out, RenderOptions options) {
        return renderSite(plan, check(plan, options.asOf()), out, options);
    }

    /** Renders the whole plan as one site, without editions, showing the findings of a check already run. */
    public RenderResult renderSite(PlanGraph plan, CheckReport report, Path out, RenderOptions options) {
        return pipeline().site(plan, report, out, options);
    }

    private Pipeline pipeline() {
        return new Pipeline(this::load, checks, queries, engines, clock);
    }

    /** What this run has done so far. */
    public Stats stats() {
        return new Stats(checks.bundledParses(), engines.started());
    }

    @Override
    public void close() {
        engines.close();
    }
}
