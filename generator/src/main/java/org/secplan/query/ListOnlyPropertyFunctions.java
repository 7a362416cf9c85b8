package org.secplan.query;

import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.pfunction.library.container;
import org.apache.jena.vocabulary.RDFS;

/**
 * The property functions a secplan query may use, and no others: the bounded list functions and ARQ's
 * {@code rdfs:member} (container membership, which only reads a node's own {@code rdf:_n}). Unlike ARQ's registry it
 * never loads a class named by a {@code java:} IRI, so a predicate it does not know stays a plain triple pattern.
 */
final class ListOnlyPropertyFunctions extends PropertyFunctionRegistry {

    ListOnlyPropertyFunctions() {
        put(SafeFunctions.LIST_MEMBER, uri -> new BoundedListFunction(BoundedListFunction.Kind.MEMBER));
        put(SafeFunctions.LIST_INDEX, uri -> new BoundedListFunction(BoundedListFunction.Kind.INDEX));
        put(SafeFunctions.LIST_LENGTH, uri -> new BoundedListFunction(BoundedListFunction.Kind.LENGTH));
        put(RDFS.member.getURI(), uri -> new container());
    }

    @Override
    public boolean manages(String uri) {
        return isRegistered(uri);
    }

    @Override
    public org.apache.jena.sparql.pfunction.PropertyFunctionFactory get(String uri) {
        return isRegistered(uri) ? super.get(uri) : null;
    }
}
