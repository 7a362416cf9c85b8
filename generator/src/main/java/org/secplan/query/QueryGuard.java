package org.secplan.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Decides whether a parsed query is safe to run over a plan: no SERVICE (checked in the syntax and the algebra),
 * no FROM / FROM NAMED (which would read files or URLs), no dynamic function calls, no custom aggregates, no
 * procedures, and only functions from {@link SafeFunctions}, wherever they stand in the query. The same rules hold
 * for every query secplan runs: named, ad hoc, and the plan's own checks in SPARQL and in SHACL.
 */
public final class QueryGuard {

    /** Throws {@link QueryRejectedException} naming the first thing that is not allowed in a secplan query. */
    public void check(Query query) {
        refuse(query, SafeFunctions.LIST_PROPERTY_FUNCTIONS, "");
    }

    /**
     * Like {@link #check}, for a query inside a SHACL shape. jena-shacl runs those with ARQ's own property
     * functions, whose list walk never ends on a cyclic list, so no property function is allowed there; a shape
     * walks a list with {@code rdf:rest*}/{@code rdf:first}, which stops.
     */
    public void checkShapeQuery(Query query) {
        refuse(query, Set.of(), " in a SHACL check; walk lists with rdf:rest*/rdf:first instead");
    }

    private static void refuse(Query query, Set<String> allowedPropertyFunctions, String propertyFunctionAdvice) {
        if (query.hasDatasetDescription()) {
            throw new QueryRejectedException("FROM and FROM NAMED are not allowed: a query reads only the plan "
                    + "(and, with --previous, the named graph <urn:secplan:previous>)");
        }
        List<String> refusals = new ArrayList<>();
        if (query.getQueryPattern() != null) {
            // the syntax too: a SERVICE the algebra might fold away must still be refused
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementService el) {
                    refusals.add(AlgebraInspector.serviceRefusal());
                }
            });
        }
        refusals.addAll(AlgebraInspector.refusals(Algebra.compile(query), allowedPropertyFunctions,
                propertyFunctionAdvice));
        if (!refusals.isEmpty()) {
            throw new QueryRejectedException(refusals.get(0));
        }
    }
}
