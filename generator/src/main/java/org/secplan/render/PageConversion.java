package org.secplan.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.secplan.check.Finding;
import org.secplan.site.Page;

/**
 * Turns every page's AsciiDoc into an HTML body: from the cache when the page and what its macros read are
 * unchanged, else with Asciidoctor, on up to {@code options.threads()} engines (each with its own macro context,
 * since a context follows one page at a time). No engine is started when every page is cached.
 */
final class PageConversion {

    /** Every page's converted body (in page order), the findings met converting them (in page order), and costs. */
    record Result(String[] bodies, List<Finding> findings, long convertNanos, int cached, int engines) {
    }

    /** Fewer pages than this per engine do not repay a second engine's start and warm-up. */
    private static final int PAGES_PER_EXTRA_ENGINE = 500;

    private final RenderOptions options;
    private final Supplier<RenderContext> contexts;

    /** @param contexts makes a fresh macro context of this render (one per engine, one for replays) */
    PageConversion(RenderOptions options, Supplier<RenderContext> contexts) {
        this.options = options;
        this.contexts = contexts;
    }

    /**
     * Converts every page, handing each body to {@code converted} (page index, body) as soon as it is ready, from
     * any thread, in any order.
     *
     * @param boot an engine being started for this render, used by the first engine's worker
     */
    Result convert(List<Page> pages, EngineBoot boot, java.util.function.ObjIntConsumer<String> converted) {
        int total = pages.size();
        String[] bodies = new String[total];
        List<List<Finding>> pageFindings = new ArrayList<>(Collections.nCopies(total, List.<Finding>of()));
        String[] keys = new String[total];
        RenderCache cache = options.cache() == null ? null : new RenderCache(options.cache());
        List<Integer> todo = new ArrayList<>();
        MacroReplay replay = cache == null ? null : new MacroReplay(contexts.get());
        for (int i = 0; i < total; i++) {
            Page page = pages.get(i);
            if (cache != null) {
                keys[i] = RenderCache.key(SiteRenderer.rendererVersion(), options.view().name(),
                        options.asOf().toString(), page.path(), page.asciidoc());
                Optional<RenderCache.Entry> hit = cache.get(keys[i]);
                if (hit.isPresent() && (hit.get().calls().isEmpty()
                        || replay.digest(page, hit.get().calls()).equals(hit.get().macroDigest()))) {
                    bodies[i] = hit.get().body();
                    pageFindings.set(i, hit.get().findings());
                    converted.accept(bodies[i], i);
                    continue;
                }
            }
            todo.add(i);
        }
        int engines = engines(todo.size());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicLong nanos = new AtomicLong();
        AtomicLong lastReport = new AtomicLong(System.nanoTime());
        AtomicInteger started = new AtomicInteger();
        Runnable worker = () -> {
            if (next.get() >= todo.size()) {
                return;
            }
            RenderContext context = contexts.get();
            try (AsciidocConverter converter = started.getAndIncrement() == 0
                    ? AsciidocConverter.withPlanMacros(boot.take(), context)
                    : AsciidocConverter.withPlanMacros(context)) {
                for (int t = next.getAndIncrement(); t < todo.size(); t = next.getAndIncrement()) {
                    int i = todo.get(t);
                    Page page = pages.get(i);
                    int before = context.findings().size();
                    long t0 = System.nanoTime();
                    bodies[i] = converter.convert(page.path(), page.sourceFile(), page.asciidoc());
                    nanos.addAndGet(System.nanoTime() - t0);
                    List<Finding> all = context.findings();
                    pageFindings.set(i, List.copyOf(all.subList(before, all.size())));
                    if (cache != null) {
                        cache.put(keys[i], new RenderCache.Entry(bodies[i], pageFindings.get(i), context.calls(),
                                context.outputDigest()));
                    }
                    converted.accept(bodies[i], i);
                    report(done.incrementAndGet(), todo.size(), lastReport);
                }
            }
        };
        run(worker, engines);
        if (cache != null) {
            Set<String> used = new HashSet<>(List.of(keys));
            cache.retainOnly(used);
        }
        List<Finding> findings = new ArrayList<>();
        pageFindings.forEach(findings::addAll);
        return new Result(bodies, findings, nanos.get(), total - todo.size(), todo.isEmpty() ? 0 : engines);
    }

    private int engines(int pagesToConvert) {
        int wanted = options.threads() > 0 ? options.threads()
                : Math.min(Runtime.getRuntime().availableProcessors(), pagesToConvert / PAGES_PER_EXTRA_ENGINE);
        return Math.max(1, Math.min(wanted, pagesToConvert));
    }

    private void report(int count, int of, AtomicLong lastReport) {
        long now = System.nanoTime();
        long last = lastReport.get();
        if (now - last > 2_000_000_000L && count < of && lastReport.compareAndSet(last, now)) {
            options.progress().accept(String.format(Locale.ROOT, "  converted %d of %d pages", count, of));
        }
    }

    private static void run(Runnable worker, int engines) {
        if (engines == 1) {
            worker.run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(engines);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int e = 0; e < engines; e++) {
                futures.add(pool.submit(worker));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting pages", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
