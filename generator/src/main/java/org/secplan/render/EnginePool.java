package org.secplan.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.asciidoctor.Asciidoctor;

/**
 * The Asciidoctor engines of one run, lent to every edition in turn. Starting an engine boots JRuby and takes
 * seconds, so a run starts its first one on a background thread as soon as it opens (overlapping the plan's
 * loading and checking), warms it on a small page of the site's constructs, and starts more only when a render
 * asks for several at once. The plan macros are registered once per engine; each render binds the engine's
 * context to its edition (see {@link RenderContext#bind}).
 *
 * <p>Owned by whoever opened it — the front door, or a render given none — and closed with it.
 */
public final class EnginePool implements AutoCloseable {
    private final CompletableFuture<AsciidocConverter> first;
    private final Deque<AsciidocConverter> idle = new ArrayDeque<>();
    private final List<AsciidocConverter> all = new ArrayList<>();
    private final AtomicInteger started = new AtomicInteger();
    private boolean booting;
    private boolean firstTaken;
    private boolean closed;

    private EnginePool() {
        this.first = new CompletableFuture<>();
    }

    /** A pool that starts no engine until {@link #boot()} is called or a render takes one. */
    public static EnginePool idle() {
        return new EnginePool();
    }

    /** A pool whose first engine starts now, in the background. */
    public static EnginePool start() {
        EnginePool pool = new EnginePool();
        pool.boot();
        return pool;
    }

    /**
     * Starts the first engine on a background thread unless it is already starting: call it as soon as a render is
     * known to be needed, so that the boot overlaps loading and checking the plan.
     */
    public synchronized void boot() {
        if (booting || closed) {
            return;
        }
        booting = true;
        started.incrementAndGet();
        Thread thread = new Thread(() -> {
            try {
                first.complete(warmEngine());
            } catch (RuntimeException | Error e) {
                first.completeExceptionally(e);
            }
        }, "secplan-asciidoctor-boot");
        thread.setDaemon(true);
        thread.start();
    }

    /** How many engines this pool has started: one per run unless a render asks for more at once. */
    public int started() {
        return started.get();
    }

    /** An engine for one render's worker (the warm first one when it is free, else a new one); give it back after. */
    synchronized AsciidocConverter take() {
        if (closed) {
            throw new IllegalStateException("the engine pool is closed");
        }
        if (!idle.isEmpty()) {
            return idle.pop();
        }
        if (!firstTaken) {
            boot();
            firstTaken = true;
            AsciidocConverter c = joined(first);
            all.add(c);
            return c;
        }
        started.incrementAndGet();
        AsciidocConverter c = AsciidocConverter.withPlanMacros(Asciidoctor.Factory.create());
        all.add(c);
        return c;
    }

    /** Returns an engine taken with {@link #take()}, for the next worker or edition. */
    synchronized void give(AsciidocConverter converter) {
        if (closed) {
            converter.close();
        } else {
            idle.push(converter);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        all.forEach(AsciidocConverter::close);
        idle.clear();
        if (booting && !firstTaken) {
            first.thenAccept(AsciidocConverter::close);
        }
    }

    /**
     * A fresh engine's first pages cost many times its later ones (JRuby loads and compiles Asciidoctor's code as
     * it meets it): warm it before any page is on the critical path.
     */
    private static AsciidocConverter warmEngine() {
        Asciidoctor engine = Asciidoctor.Factory.create();
        AsciidocConverter.warmUp(engine);
        return AsciidocConverter.withPlanMacros(engine);
    }

    private static AsciidocConverter joined(CompletableFuture<AsciidocConverter> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
