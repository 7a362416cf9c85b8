package org.secplan.query;

import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * ARQ's functions, seen through {@link SafeFunctions}: a function outside the allow-list is unknown here, and no class
 * is ever loaded for a {@code java:} IRI. The query guard already refuses such calls; this keeps them from running
 * should one get past it.
 */
final class AllowListedFunctions extends FunctionRegistry {

    private final FunctionRegistry standard;

    AllowListedFunctions(FunctionRegistry standard) {
        this.standard = standard;
    }

    @Override
    public FunctionFactory get(String uri) {
        return SafeFunctions.isSafeFunction(uri) ? standard.get(uri) : null;
    }

    @Override
    public boolean isRegistered(String uri) {
        return SafeFunctions.isSafeFunction(uri) && standard.isRegistered(uri);
    }
}
