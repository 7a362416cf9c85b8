package org.secplan.build;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.secplan.audience.NeedToKnow;
import org.secplan.base.BuildIdentity;
import org.secplan.check.CheckCatalog;
import org.secplan.check.CheckReport;
import org.secplan.check.CheckSuite;
import org.secplan.plan.PlanGraph;
import org.secplan.render.EnginePool;
import org.secplan.render.RenderOptions;
import org.secplan.render.RenderResult;
import org.secplan.site.View;

/**
 * secplan's one build pipeline, whoever asks for it (the CLI, the Maven plugin, the benchmark): decide whether the
 * editions on disk are already right; otherwise load the plan, judge its date ({@link AsOf}), check the whole plan
 * once, and render every edition with the run's engines and the findings each may show.
 */
public final class Pipeline {
    /** Starts with a dot, which no audience identifier (an edition's cache directory beside it) may. */
    private static final String STAMP = ".build.stamp";

    private final Function<Path, PlanGraph> loader;
    private final CheckCatalog checks;
    private final PlanQueries queries;
    private final EnginePool engines;
    private final Clock clock;

    /**
     * @param loader  loads a plan directory (throws {@link org.secplan.plan.PlanLoadException} with every problem)
     * @param engines the run's Asciidoctor engines, lent to every edition
     */
    public Pipeline(Function<Path, PlanGraph> loader, CheckCatalog checks, PlanQueries queries, EnginePool engines,
                    Clock clock) {
        this.loader = loader;
        this.checks = checks;
        this.queries = queries;
        this.engines = engines;
        this.clock = clock;
    }

    /**
     * The whole check of a plan: its checks and, when it has narrative pages, the checks of the pages (which read
     * the pages through the run's Asciidoctor engine) — the findings the full edition shows.
     */
    public CheckReport check(PlanGraph plan, LocalDate asOf) {
        return findings(plan, asOf).all();
    }

    /** The whole check of a plan, split into the findings of its checks and those for the full edition only. */
    EditionFindings findings(PlanGraph plan, LocalDate asOf) {
        CheckSuite suite = checks.forPlan(plan.directory());
        return findings(suite, new Editions(plan, new EditionRenderer(queries), suite.infos(), engines), plan, asOf);
    }

    /** The page checks take an engine only when the plan has narrative pages to parse. */
    private static EditionFindings findings(CheckSuite suite, Editions editions, PlanGraph plan, LocalDate asOf) {
        return new EditionFindings(suite.run(plan, asOf), editions.fullEditionFindings(), editions.checkLevels(), plan);
    }

    public BuildOutcome run(BuildRequest request) {
        Path out = request.out().toAbsolutePath().normalize();
        EditionsRoot.check(out, request.planDirectory()); // before any work: a refused directory costs nothing
        Optional<BuildStamp> stamp = Optional.empty();
        if (request.cache() != null) {
            CacheLocation.claim(request.cache(), out, request.planDirectory());
            stamp = Optional.of(stamp(request, out));
            if (!request.force()) {
                Optional<List<Path>> homes = stamp.get().current();
                if (homes.isPresent() && !homes.get().isEmpty()) {
                    return new BuildOutcome(true, null, new CheckReport(List.of()), List.of(), homes.get());
                }
            }
            stamp.get().invalidate();
        }
        engines.boot(); // seconds of JRuby, overlapping the plan's loading and checking
        PlanGraph plan = loader.apply(request.planDirectory());
        LocalDate asOf = AsOf.resolve(request.asOf(), plan.config(), clock);
        RenderOptions options = new RenderOptions(asOf, View.full(), request.progress(), request.measureBare(),
                request.cache(), request.threads(), engines).withPdf(request.pdf());
        BuildOutcome outcome = editions(plan, out, options, request.audience());
        stamp.ifPresent(s -> s.record(outcome.homes()));
        return outcome;
    }

    /**
     * Checks a loaded plan once, as of {@code options.asOf()}, and renders its editions (all, or the one
     * {@code audience} names) into {@code <out>/<audience-id>/}.
     */
    public BuildOutcome editions(PlanGraph plan, Path out, RenderOptions options, String audience) {
        CheckSuite suite = checks.forPlan(plan.directory());
        Editions editions = new Editions(plan, new EditionRenderer(queries), suite.infos(), engines);
        EditionFindings findings = findings(suite, editions, plan, options.asOf());
        List<Edition> rendered = editions.render(out.toAbsolutePath().normalize(), options.withEngines(engines),
                audience, findings);
        return new BuildOutcome(false, options.asOf(), findings.all(), rendered,
                rendered.stream().map(Edition::home).toList());
    }

    /**
     * Renders one site of the whole plan into {@code out}, with no editions (benchmarks and tests of the
     * renderer), showing {@code report}'s findings.
     */
    public RenderResult site(PlanGraph plan, CheckReport report, Path out, RenderOptions options) {
        if (options.cache() != null) {
            CacheLocation.claim(options.cache(), out, plan.directory());
        }
        EditionRenderer renderer = new EditionRenderer(queries);
        return renderer.render(plan, renderer.facts(plan, options.asOf(), NeedToKnow.of(plan).classification()),
                report, checks.forPlan(plan.directory()).infos(), out, options.withEngines(engines));
    }

    /** Everything the editions are made of: the plan directory's files, secplan's build and the options. */
    private BuildStamp stamp(BuildRequest request, Path out) {
        return new BuildStamp(request.cache().resolve(STAMP), request.planDirectory(), Arrays.asList(
                "render", BuildIdentity.of(Pipeline.class), out.toString(), String.valueOf(request.asOf()),
                request.audience(), String.valueOf(request.measureBare()), "pdf=" + request.pdf()),
                LocalDate.now(clock));
    }
}
