package org.secplan.audience;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** The few IRIs this package reads; kept here so the filter does not depend on the ontology module's Java side. */
final class Vocab {
    static final String SP = "https://w3id.org/secplan/ns#";
    static final String SPK = "https://w3id.org/secplan/concept/";
    /** Everything under this prefix is secplan vocabulary (ontology, schemes, clauses, checks, queries). */
    static final String SECPLAN_BASE = "https://w3id.org/secplan/";

    static final Node SECURITY_PLAN = sp("SecurityPlan");
    static final Node AUDIENCE = sp("Audience");
    static final Node RISK_MATRIX = sp("RiskMatrix");
    static final Node SUPPORTING_PLAN = sp("supportingPlan");
    static final Node CLASSIFICATION = sp("classification");
    static final Node CLASSIFICATION_SCHEME = sp("classificationScheme");
    static final Node DEFAULT_CLASSIFICATION = sp("defaultClassification");
    static final Node MAX_CLASSIFICATION = sp("maxClassification");
    static final Node RANK = sp("rank");
    static final Node WITHHELD = sp("Withheld");

    static final Node DEFAULT_SCHEME = NodeFactory.createURI(SPK + "classification-levels");

    static final Node TYPE = RDF.type.asNode();
    static final Node LABEL = RDFS.label.asNode();
    static final Node IDENTIFIER = DCTerms.identifier.asNode();
    static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    static final Node IN_SCHEME = SKOS.inScheme.asNode();
    static final Node TOP_CONCEPT_OF = SKOS.topConceptOf.asNode();
    static final Node CONCEPT = SKOS.Concept.asNode();
    static final Node CONCEPT_SCHEME = SKOS.ConceptScheme.asNode();

    /** Namespaces whose subjects are vocabulary, never plan content: they stay in every view. */
    private static final String[] VOCABULARY_NAMESPACES = {
        SECPLAN_BASE,
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "http://www.w3.org/2000/01/rdf-schema#",
        "http://www.w3.org/2002/07/owl#",
        "http://www.w3.org/2001/XMLSchema#",
        "http://www.w3.org/2004/02/skos/core#",
        "http://www.w3.org/ns/shacl#",
        "http://purl.org/dc/terms/",
        "http://purl.org/dc/elements/1.1/",
        "http://www.w3.org/ns/org#",
        "http://www.w3.org/ns/prov#",
        "http://www.w3.org/2006/time#",
        "http://xmlns.com/foaf/0.1/",
        "https://w3id.org/dpv#",
    };

    static boolean isVocabulary(Node node) {
        if (!node.isURI()) {
            return false;
        }
        String iri = node.getURI();
        for (String ns : VOCABULARY_NAMESPACES) {
            if (iri.startsWith(ns)) {
                return true;
            }
        }
        return false;
    }

    static Node sp(String local) {
        return NodeFactory.createURI(SP + local);
    }

    private Vocab() {
    }
}
