package org.secplan.query;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * The second lock on every query secplan executes, set in its ARQ context: remote SERVICE switched off
 * ({@code arq:httpServiceAllowed=false}), only allow-listed functions to be found, and only the bounded list
 * property functions. The guard refuses all of this before a query runs; the locks hold should it ever miss one.
 */
final class ExecutionLocks {

    private ExecutionLocks() {
    }

    static QueryExecBuilder apply(QueryExecBuilder exec) {
        return exec.set(ARQ.httpServiceAllowed, false)
                .set(ARQConstants.registryFunctions, new AllowListedFunctions(FunctionRegistry.get()))
                .set(ARQConstants.registryPropertyFunctions, new ListOnlyPropertyFunctions());
    }
}
