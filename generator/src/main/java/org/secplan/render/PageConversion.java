package org.secplan.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.secplan.check.Finding;
import org.secplan.site.Page;

/**
 * Turns every page's AsciiDoc into a finished page: converted by Asciidoctor and post-processed, or taken from the
 * cache when the page, what its macros read and its shell (navigation, neighbours, edition) are unchanged.
 * Conversion runs on up to {@code options.threads()} engines (each with its own macro context, since a context
 * follows one page at a time); post-processing runs beside it on a thread of its own, page by page as bodies come.
 * No engine is taken when every page is cached.
 */
final class PageConversion {

    /** What the site is made of from here on: every page's post-processed result and findings, in page order. */
    record Result(ProcessedPage[] pages, List<Finding> findings, long convertNanos, int cached,
                  int engines) {
    }

    /** Fewer pages than this per engine do not repay a second engine's start and warm-up. */
    private static final int PAGES_PER_EXTRA_ENGINE = 500;

    private final RenderOptions options;
    private final RenderContext.Scope scope;

    /** @param scope the edition the pages belong to, which every engine's macros and the replays read */
    PageConversion(RenderOptions options, RenderContext.Scope scope) {
        this.options = options;
        this.scope = scope;
    }

    /** @param pool the run's engines: the workers borrow them, bind them to this edition and give them back */
    Result convert(List<Page> pages, EnginePool pool, PagePostProcess post) {
        int total = pages.size();
        List<List<Finding>> pageFindings = new ArrayList<>(Collections.nCopies(total, List.<Finding>of()));
        List<CompletableFuture<ProcessedPage>> processed = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            processed.add(new CompletableFuture<>());
        }
        String[] keys = new String[total];
        RenderCache cache = options.cache() == null ? null : new RenderCache(options.cache());
        ExecutorService postThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "secplan-post-process");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Integer> todo = new ArrayList<>();
            MacroReplay replay = cache == null ? null : new MacroReplay(new RenderContext(scope));
            for (int i = 0; i < total; i++) {
                Page page = pages.get(i);
                if (cache != null) {
                    keys[i] = RenderCache.key(RenderCache.rendererVersion(),
                            options.view().name() + "\u0000" + options.view().clearance().fingerprint(),
                            options.asOf().toString(), page.path(), page.asciidoc());
                    Optional<RenderCache.Entry> hit = cache.get(keys[i]);
                    if (hit.isPresent() && (hit.get().calls().isEmpty()
                            || replay.digest(page, hit.get().calls()).equals(hit.get().macroDigest()))) {
                        pageFindings.set(i, hit.get().findings());
                        String shell = post.shellDigest(page);
                        if (shell.equals(hit.get().shellDigest()) && hit.get().processed() != null) {
                            processed.get(i).complete(hit.get().processed());
                        } else {
                            afterConversion(postThread, post, cache, keys[i], page, hit.get(), processed.get(i));
                        }
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
            Runnable worker = () -> {
                if (next.get() >= todo.size()) {
                    return;
                }
                AsciidocConverter converter = pool.take();
                RenderContext context = converter.context();
                context.bind(scope);
                try {
                    for (int t = next.getAndIncrement(); t < todo.size(); t = next.getAndIncrement()) {
                        int i = todo.get(t);
                        Page page = pages.get(i);
                        int before = context.findings().size();
                        long t0 = System.nanoTime();
                        String body = converter.convert(page.path(), page.sourceFile(), page.asciidoc());
                        nanos.addAndGet(System.nanoTime() - t0);
                        List<Finding> all = context.findings();
                        pageFindings.set(i, List.copyOf(all.subList(before, all.size())));
                        RenderCache.Entry entry = new RenderCache.Entry(body, pageFindings.get(i), context.calls(),
                                context.outputDigest(), "", null);
                        afterConversion(postThread, post, cache, keys[i], page, entry, processed.get(i));
                        report(done.incrementAndGet(), todo.size(), lastReport);
                    }
                } finally {
                    pool.give(converter);
                }
            };
            run(worker, engines);
            ProcessedPage[] results = new ProcessedPage[total];
            for (int i = 0; i < total; i++) {
                results[i] = joined(processed.get(i));
            }
            if (cache != null) {
                Set<String> used = new HashSet<>(List.of(keys));
                cache.retainOnly(used);
            }
            List<Finding> findings = new ArrayList<>();
            pageFindings.forEach(findings::addAll);
            return new Result(results, findings, nanos.get(), total - todo.size(), todo.isEmpty() ? 0 : engines);
        } finally {
            postThread.shutdownNow();
        }
    }

    /** Post-processes a body on the post thread, then keeps the finished page in the cache. */
    private static void afterConversion(ExecutorService postThread, PagePostProcess post, RenderCache cache, String key,
                                        Page page, RenderCache.Entry entry,
                                        CompletableFuture<ProcessedPage> result) {
        postThread.execute(() -> {
            try {
                ProcessedPage r = post.process(page, entry.body());
                if (cache != null) {
                    cache.put(key, entry.withProcessed(post.shellDigest(page), r));
                }
                result.complete(r);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
    }

    private static ProcessedPage joined(CompletableFuture<ProcessedPage> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Automatic: one engine per core but one (which post-processes), and only as many as the pages repay. */
    private int engines(int pagesToConvert) {
        int cores = Runtime.getRuntime().availableProcessors();
        int wanted = options.threads() > 0 ? options.threads()
                : Math.min(cores - 1, pagesToConvert / PAGES_PER_EXTRA_ENGINE);
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
