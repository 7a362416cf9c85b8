package org.secplan.site;

/** IRIs the site reads. Strings only: this package does not touch Jena. */
public final class Vocab {
    public static final String SP = "https://w3id.org/secplan/ns#";
    public static final String SPK = "https://w3id.org/secplan/concept/";
    public static final String CLAUSE = "https://w3id.org/secplan/clause/";
    public static final String BASE = "https://w3id.org/secplan/";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String ORG = "http://www.w3.org/ns/org#";

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

    public static String sp(String local) {
        return SP + local;
    }

    public static String spk(String local) {
        return SPK + local;
    }

    private Vocab() {
    }
}
