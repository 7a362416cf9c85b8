package org.secplan.plan;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The IRIs secplan's Java code relies on — the one place they are written. Strings for the packages that read the
 * plan as text (the site), nodes for those that read the graph (loading, need-to-know, checks).
 */
public final class Vocabulary {
    /** Everything under this prefix is secplan vocabulary (ontology, schemes, clauses, checks, queries). */
    public static final String BASE = "https://w3id.org/secplan/";
    public static final String SP = BASE + "ns#";
    public static final String SPK = BASE + "concept/";
    public static final String CLAUSE = BASE + "clause/";
    public static final String CHK = BASE + "check/";
    public static final String Q = BASE + "query/";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String SH = "http://www.w3.org/ns/shacl#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String ORG = "http://www.w3.org/ns/org#";

    /** The prologue of the SELECTs the site runs. */
    public static final String PREFIXES = """
            PREFIX sp: <https://w3id.org/secplan/ns#>
            PREFIX spk: <https://w3id.org/secplan/concept/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX sh: <http://www.w3.org/ns/shacl#>
            """;

    /** The named graph that holds the previous version of a plan for comparisons. */
    public static final String PREVIOUS_GRAPH = "urn:secplan:previous";

    public static final Node TYPE = iri(RDF + "type");
    public static final Node LABEL = iri(RDFS + "label");
    public static final Node IDENTIFIER = iri(DCT + "identifier");
    public static final Node PREF_LABEL = iri(SKOS + "prefLabel");
    public static final Node IN_SCHEME = iri(SKOS + "inScheme");
    public static final Node TOP_CONCEPT_OF = iri(SKOS + "topConceptOf");

    public static final Node SECURITY_PLAN = spNode("SecurityPlan");
    public static final Node AUDIENCE = spNode("Audience");
    public static final Node SUPPORTING_PLAN = spNode("supportingPlan");
    public static final Node CLASSIFICATION = spNode("classification");
    public static final Node CLASSIFICATION_SCHEME = spNode("classificationScheme");
    public static final Node DEFAULT_CLASSIFICATION = spNode("defaultClassification");
    public static final Node MAX_CLASSIFICATION = spNode("maxClassification");
    public static final Node RANK = spNode("rank");
    /** What an audience's view puts where it withholds a value. */
    public static final Node WITHHELD = spNode("Withheld");
    public static final Node DEFAULT_SCHEME = iri(SPK + "classification-levels");
    public static final Node CHECK_ID = spNode("checkId");
    public static final Node CLAUSE_PROPERTY = spNode("clause");

    /**
     * Namespaces of vocabularies a plan is written in. Their prefixes are harmless to copy into any view; a namespace
     * says nothing about who may read a subject, though: a subject the plan's own files state something about is plan
     * content wherever its IRI lies (see {@code org.secplan.audience.Classifier}).
     */
    private static final String[] VOCABULARY_NAMESPACES = {
        BASE, RDF, RDFS, OWL, XSD, SKOS, SH, DCT,
        "http://purl.org/dc/elements/1.1/",
        ORG,
        "http://www.w3.org/ns/prov#",
        "http://www.w3.org/2006/time#",
        "http://xmlns.com/foaf/0.1/",
        "https://w3id.org/dpv#",
    };

    private Vocabulary() {
    }

    /** The IRI of a term of the secplan vocabulary. */
    public static String sp(String local) {
        return SP + local;
    }

    /** The IRI of one of secplan's SKOS concepts. */
    public static String spk(String local) {
        return SPK + local;
    }

    public static Node spNode(String local) {
        return iri(SP + local);
    }

    /** True for IRIs in one of secplan's own namespaces (vocabulary, concepts, clauses, checks, queries). */
    public static boolean isSecplanTerm(String iri) {
        return iri.startsWith(BASE);
    }

    /** True for a node in a vocabulary namespace (secplan's or a W3C one); never a reason to show plan content. */
    public static boolean isVocabulary(Node node) {
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

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
