package org.secplan.render;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.asciidoctor.Asciidoctor;

/**
 * An Asciidoctor engine started on a background thread. Starting one boots JRuby, which takes seconds; started
 * early, that overlaps reading and planning the site instead of following them. Whoever takes the engine owns it;
 * one never taken is closed once it has started.
 */
public final class EngineBoot implements AutoCloseable {
    private final CompletableFuture<Asciidoctor> engine;
    private boolean taken;

    private EngineBoot(CompletableFuture<Asciidoctor> engine) {
        this.engine = engine;
    }

    /**
     * Starts an engine and warms it on a small page of the kinds the site is made of: a fresh engine's first pages
     * cost many times its later ones (JRuby loads and compiles Asciidoctor's code as it meets it), and a rebuild
     * that converts a handful of pages would otherwise pay that on its critical path.
     */
    public static EngineBoot start() {
        CompletableFuture<Asciidoctor> future = new CompletableFuture<>();
        Thread boot = new Thread(() -> {
            try {
                Asciidoctor engine = Asciidoctor.Factory.create();
                AsciidocConverter.warmUp(engine);
                future.complete(engine);
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "secplan-asciidoctor-boot");
        boot.setDaemon(true);
        boot.start();
        return new EngineBoot(future);
    }

    /** True until an engine is taken or the boot closed. */
    synchronized boolean available() {
        return !taken;
    }

    /** The started engine (waiting for it if need be); the caller closes it. */
    synchronized Asciidoctor take() {
        if (taken) {
            throw new IllegalStateException("the engine was already taken");
        }
        taken = true;
        try {
            return engine.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Closes the engine unless it was taken (then its taker closes it). */
    @Override
    public synchronized void close() {
        if (!taken) {
            taken = true;
            engine.thenAccept(Asciidoctor::close);
        }
    }
}
