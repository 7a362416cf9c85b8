package org.secplan.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.secplan.base.BundledResources;
import org.secplan.query.FactCatalog;
import org.secplan.query.SafeQueryExecutor;

/**
 * Every check a run can apply: secplan's own (its bundled SPARQL and SHACL files and the checks written in Java),
 * parsed once when the catalog is made, plus each plan directory's own {@code checks/}, parsed the first time that
 * directory is asked for and kept for the rest of the run.
 */
public final class CheckCatalog {
    private final CheckLoader loader;
    private final SafeQueryExecutor executor;
    private final List<Check> builtIn;
    private final Map<Path, List<Check>> planChecks = new HashMap<>();
    private final AtomicInteger bundledParses = new AtomicInteger();

    public CheckCatalog(BundledResources resources, SafeQueryExecutor executor, FactCatalog facts) {
        this.executor = executor;
        this.loader = new CheckLoader(executor, facts);
        List<Check> checks = new ArrayList<>(loader.builtIn(resources));
        checks.addAll(CheckLoader.nativeChecks());
        bundledParses.incrementAndGet();
        this.builtIn = List.copyOf(checks);
    }

    /** secplan's built-in checks. */
    public CheckSuite builtIn() {
        return new CheckSuite(builtIn, executor);
    }

    /** secplan's built-in checks plus the plan directory's own {@code checks/}. */
    public synchronized CheckSuite forPlan(Path planDirectory) {
        if (planDirectory == null) {
            return builtIn();
        }
        Path key = planDirectory.toAbsolutePath().normalize();
        List<Check> own = planChecks.computeIfAbsent(key, dir -> loader.fromFolder(dir.resolve("checks"), "checks/"));
        List<Check> all = new ArrayList<>(builtIn);
        all.addAll(own);
        return new CheckSuite(all, executor);
    }

    /** How many times secplan's bundled checks were parsed: once per catalog, whatever the run does. */
    public int bundledParses() {
        return bundledParses.get();
    }
}
