package org.secplan.render;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.asciidoctor.Asciidoctor;

/**
 * An Asciidoctor engine started on a background thread. Starting one boots JRuby, which takes seconds; started
 * early, that overlaps reading and planning the site instead of following them. Whoever takes the engine owns it;
 * one never taken is closed once it has started.
 */
final class EngineBoot implements AutoCloseable {
    private final CompletableFuture<Asciidoctor> engine;
    private boolean taken;

    private EngineBoot(CompletableFuture<Asciidoctor> engine) {
        this.engine = engine;
    }

    static EngineBoot start() {
        CompletableFuture<Asciidoctor> future = new CompletableFuture<>();
        Thread boot = new Thread(() -> {
            try {
                future.complete(Asciidoctor.Factory.create());
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "secplan-asciidoctor-boot");
        boot.setDaemon(true);
        boot.start();
        return new EngineBoot(future);
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

    @Override
    public synchronized void close() {
        if (!taken) {
            taken = true;
            engine.thenAccept(Asciidoctor::close);
        }
    }
}
