package org.secplan.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OntologyFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"secplan.ttl", "schemes.ttl", "clauses.ttl"})
    void parsesFromTheClasspath(String file) {
        Model model = Vocab.load(file);
        assertFalse(model.isEmpty(), file + " is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"secplan.ttl", "schemes.ttl", "clauses.ttl"})
    void usesNoRelativeOrFileIris(String file) {
        Model model = Vocab.load(file);
        model.listStatements().forEach(st -> {
            for (var node : new org.apache.jena.rdf.model.RDFNode[] {st.getSubject(), st.getObject()}) {
                if (node.isURIResource()) {
                    String uri = node.asResource().getURI();
                    assertFalse(uri.startsWith("urn:secplan:test:") || uri.startsWith("file:"),
                            file + " has a relative or file IRI: " + uri);
                }
            }
        });
    }

    @Test
    void declaresTheOntologyHeader() {
        Model model = Vocab.load("secplan.ttl");
        Resource ontology = model.getResource(Vocab.ONTOLOGY_IRI);
        assertTrue(model.contains(ontology, RDF.type, OWL.Ontology), "owl:Ontology header missing");
        assertEquals("0.1.0", ontology.getProperty(OWL.versionInfo).getString());
        assertTrue(ontology.hasProperty(DCTerms.title), "dcterms:title missing");
        assertTrue(ontology.hasProperty(DCTerms.description), "dcterms:description missing");
        assertTrue(ontology.hasProperty(DCTerms.license), "dcterms:license missing");
    }
}
