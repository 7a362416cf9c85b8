package org.secplan.synth;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.secplan.base.BundledResources;
import org.secplan.Secplan;
import org.secplan.build.BuildRequest;
import org.secplan.check.CheckReport;
import org.secplan.plan.PlanGraph;
import org.secplan.render.RenderOptions;
import org.secplan.render.RenderResult;

/**
 * The scale benchmark behind {@code secplan bench}: writes a synthetic plan into a temporary directory, loads and
 * checks it in this process, checks it again in a fresh process, and prints each figure as it is measured, ending
 * with one JSON line. Figures not measured (yet) are {@code null}.
 */
public final class Benchmark {

    /** What to run. */
    public record Options(SynthSize size, long seed, boolean perCheck, boolean keep, List<String> coldCommand,
                          boolean render, boolean parallel) {
    }

    private final Options options;
    private final PrintWriter out;
    private final Secplan secplan;
    private final Map<String, Object> figures = new LinkedHashMap<>();

    /** @param secplan the run's front door: every timed build reuses its checks and its engines */
    public Benchmark(Options options, PrintWriter out, Secplan secplan) {
        this.options = options;
        this.out = out;
        this.secplan = secplan;
    }

    /** Runs the benchmark and returns its figures, in the order of the JSON line. */
    public Map<String, Object> run() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("secplan-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return measure(dir.resolve("plan"));
        } finally {
            if (!options.keep()) {
                delete(dir);
            } else {
                say("kept the plan in %s", dir.resolve("plan"));
            }
        }
    }

    private Map<String, Object> measure(Path plan) {
        figures.put("size", options.size().name());
        figures.put("seed", options.seed());
        figures.put("cores", Runtime.getRuntime().availableProcessors());

        long t0 = System.nanoTime();
        SynthResult synth = PlanSynthesizer.write(options.size(), options.seed(), plan);
        double generate = seconds(t0);
        say("generated %,d entities in %d files (%,d bytes) in %.2f s", synth.entityCount(), synth.files().size(),
                synth.bytes(), generate);
        figures.put("entities", synth.entityCount());
        figures.put("files", synth.files().size());
        figures.put("generate_s", round(generate));

        t0 = System.nanoTime();
        PlanGraph graph = secplan.load(plan);
        double load = seconds(t0);
        long planTriples = graph.planStatementCount();
        long triples = graph.statementCount();
        say("loaded %,d plan triples (%,d with the ontology) in %.2f s", planTriples, triples, load);
        figures.put("triples", planTriples);
        figures.put("triples_with_ontology", triples);
        figures.put("pages", null);
        figures.put("load_s", round(load));

        t0 = System.nanoTime();
        try {
            CheckReport report = secplan.check(graph);
            double check = seconds(t0);
            say("checked in %.2f s: %d errors, %d warnings, %d info", check, report.errors(), report.warnings(),
                    report.infos());
            report.findings().stream().limit(10).forEach(f -> say("  %s %s %s: %s", f.severity(), f.checkId(),
                    f.identifier(), f.message()));
            figures.put("check_s", round(check));
            figures.put("findings_error", report.errors());
            figures.put("findings_warning", report.warnings());
        } catch (RuntimeException e) {
            say("the check failed after %.2f s: %s", seconds(t0), e.getMessage());
            figures.put("check_s", null);
            figures.put("check_failed", e.getMessage());
        }

        if (options.perCheck()) {
            perCheck(graph);
        }

        if (options.render()) {
            render(plan, graph);
        } else {
            for (String k : List.of("render_s", "floor_render_s", "render_vs_floor", "full_build_s",
                    "nochange_rebuild_vs_full", "one_change_rebuild_vs_full")) {
                figures.put(k, null);
            }
        }
        figures.put("peak_heap_mb", peakHeapMb());
        say("peak heap so far %d MB", (long) figures.get("peak_heap_mb"));

        if (!options.coldCommand().isEmpty()) {
            int runs = options.size() == SynthSize.S ? 3 : 1;
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                times.add(coldCheck(plan));
            }
            times.sort(Comparator.naturalOrder());
            double median = times.get(times.size() / 2);
            say("cold 'secplan check' process: %.2f s (median of %d)", median, runs);
            figures.put("check_cold_process_s", round(median));
        } else {
            figures.put("check_cold_process_s", null);
        }
        out.println(json(figures));
        out.flush();
        return figures;
    }

    /**
     * Renders the site five times: once with one engine and a bare-Asciidoctor floor measured on the same pages;
     * once with one engine per core; then as a user builds it with a cache ({@code secplan render --cache}): a full build from an empty cache
     * (load, check and render with the automatic number of engines), again with nothing changed, and again after
     * changing one entity's label. The builds render the edition that reads everything, the same pages as the first.
     */
    private void render(Path plan, PlanGraph graph) {
        Path work = plan.resolveSibling("render");
        java.time.LocalDate asOf = graph.config().asOf().orElse(PlanSynthesizer.AS_OF);
        RenderOptions base = RenderOptions.of(asOf).withProgress(line -> say("  %s", line));

        RenderResult single = secplan.renderSite(graph, work.resolve("site-1"), base.withThreads(1).measuringBare());
        double singleS = single.millis() / 1000.0;
        double floor = single.bareMillis() / 1000.0;
        say("rendered %,d pages with one engine in %.2f s (Asciidoctor %.2f s); bare Asciidoctor, fresh engine: %.2f s",
                single.pages(), singleS, single.convertMillis() / 1000.0, floor);
        figures.put("pages", single.pages());
        figures.put("render_1thread_s", round(singleS));
        figures.put("floor_render_s", round(floor));
        figures.put("render_vs_floor", round(singleS / floor));

        if (options.parallel()) {
            int cores = Runtime.getRuntime().availableProcessors();
            RenderResult parallel = secplan.renderSite(graph, work.resolve("site-n"), base.withThreads(cores));
            double parallelS = parallel.millis() / 1000.0;
            say("rendered with %d engines (one per core) in %.2f s: %.2fx one engine", cores, parallelS,
                    singleS / parallelS);
            figures.put("render_parallel_s", round(parallelS));
            figures.put("render_parallel_engines", cores);
            figures.put("render_speedup_vs_1thread", round(singleS / parallelS));
        }

        BuildRequest build = new BuildRequest(plan, work.resolve("site"), work.resolve("cache"), null,
                PlanSynthesizer.FULL_AUDIENCE, false, 0, false, line -> say("  %s", line));
        long t0 = System.nanoTime();
        RenderResult full = freshBuild(build).editions().get(0).result();
        double fullS = seconds(t0);
        double renderS = full.millis() / 1000.0;
        say("full build (load, check, render from an empty cache, engines chosen automatically) in %.2f s; "
                + "its render %.2f s", fullS, renderS);
        figures.put("render_s", round(renderS));
        figures.put("full_build_s", round(fullS));

        t0 = System.nanoTime();
        boolean upToDate = freshBuild(build).upToDate();
        double nochange = seconds(t0);
        say("rebuilt with nothing changed in %.2f s (%s; %.3f of the full build)", nochange,
                upToDate ? "up to date" : "rendered again", nochange / fullS);
        figures.put("nochange_rebuild_s", round(nochange));
        figures.put("nochange_rebuild_vs_full", round(nochange / fullS));

        changeOneLabel(plan);
        t0 = System.nanoTime();
        freshBuild(build);
        double oneChange = seconds(t0);
        say("rebuilt after changing one label in %.2f s (%.3f of the full build)", oneChange, oneChange / fullS);
        figures.put("one_change_rebuild_s", round(oneChange));
        figures.put("one_change_rebuild_vs_full", round(oneChange / fullS));
    }

    /** A build as a user's {@code secplan render --cache} runs it: in a front door of its own, engine boot included. */
    private static org.secplan.build.BuildOutcome freshBuild(BuildRequest request) {
        try (Secplan run = Secplan.open()) {
            return run.build(request);
        }
    }

    /** Changes the label of the first risk: one entity, as a user's small edit would. */
    private static void changeOneLabel(Path plan) {
        Path file = plan.resolve("risks/risks-01.ttl");
        try {
            String text = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
            int at = text.indexOf("rdfs:label \"");
            int from = at + "rdfs:label \"".length();
            String changed = text.substring(0, from) + "Edited: " + text.substring(from);
            Files.writeString(file, changed, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Times each built-in SPARQL check on its own (the as-of date written into the query). */
    private void perCheck(PlanGraph graph) {
        String asOf = "\"" + graph.config().asOf().orElse(PlanSynthesizer.AS_OF)
                + "\"^^<http://www.w3.org/2001/XMLSchema#date>";
        List<Object[]> times = new ArrayList<>();
        for (BundledResources.Resource r : BundledResources.forSecplan().list("secplan/checks", ".rq")) {
            String sparql = r.text().replaceAll("\\?asOf\\b", java.util.regex.Matcher.quoteReplacement(asOf));
            long t0 = System.nanoTime();
            String outcome;
            try {
                outcome = secplan.query(graph, sparql).rows().size() + " rows";
            } catch (RuntimeException e) {
                outcome = "failed: " + e.getMessage();
            }
            times.add(new Object[] {seconds(t0), r.name(), outcome});
        }
        times.sort(Comparator.comparingDouble((Object[] a) -> (double) a[0]).reversed());
        say("SPARQL checks, slowest first:");
        for (Object[] t : times) {
            say("  %8.3f s  %s (%s)", (double) t[0], t[1], t[2]);
        }
    }

    private double coldCheck(Path plan) {
        List<String> command = new ArrayList<>(options.coldCommand());
        command.add("check");
        command.add(plan.toString());
        long t0 = System.nanoTime();
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("the cold check process did not finish in 10 minutes");
            }
            double s = seconds(t0);
            if (process.exitValue() != 0) {
                say("  the cold check process exited with %d", process.exitValue());
            }
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private void say(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
        out.flush();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }

    /** One line of JSON: strings, numbers, booleans and null only. */
    static String json(Map<String, Object> figures) {
        StringBuilder b = new StringBuilder("{");
        figures.forEach((key, value) -> {
            if (b.length() > 1) {
                b.append(", ");
            }
            b.append('"').append(key).append("\": ");
            if (value == null || value instanceof Number || value instanceof Boolean) {
                b.append(value);
            } else {
                b.append('"').append(value.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        });
        return b.append('}').toString();
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
