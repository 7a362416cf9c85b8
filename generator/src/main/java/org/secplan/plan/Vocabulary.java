package org.secplan.plan;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** The IRIs secplan's Java code relies on. */
public final class Vocabulary {
    public static final String SP = "https://w3id.org/secplan/ns#";
    public static final String SPK = "https://w3id.org/secplan/concept/";
    public static final String CLAUSE = "https://w3id.org/secplan/clause/";
    public static final String CHK = "https://w3id.org/secplan/check/";
    public static final String Q = "https://w3id.org/secplan/query/";

    public static final Node IDENTIFIER = DCTerms.identifier.asNode();
    public static final Node LABEL = RDFS.label.asNode();
    public static final Node TYPE = RDF.type.asNode();
    public static final Node CLAUSE_NUMBER = NodeFactory.createURI(SP + "clauseNumber");
    public static final Node CHECK_ID = NodeFactory.createURI(SP + "checkId");
    public static final Node CLAUSE_PROPERTY = NodeFactory.createURI(SP + "clause");

    /** The named graph that holds the previous version of a plan for comparisons. */
    public static final String PREVIOUS_GRAPH = "urn:secplan:previous";

    private Vocabulary() {
    }

    /** True for IRIs in one of secplan's own namespaces (vocabulary, concepts, clauses, checks, queries). */
    public static boolean isSecplanTerm(String iri) {
        return iri.startsWith("https://w3id.org/secplan/");
    }
}
