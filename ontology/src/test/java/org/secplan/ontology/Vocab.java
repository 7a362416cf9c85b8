package org.secplan.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** Test helper: loads the shipped vocabulary files from the classpath and names the IRIs the tests use. */
final class Vocab {

    static final String SP = "https://w3id.org/secplan/ns#";
    static final String SPK = "https://w3id.org/secplan/concept/";
    static final String CLAUSE = "https://w3id.org/secplan/clause/";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String ONTOLOGY_IRI = "https://w3id.org/secplan/ns";

    static final List<String> FILES = List.of("secplan.ttl", "schemes.ttl", "clauses.ttl");

    private Vocab() {
    }

    static Model load(String file) {
        String path = "secplan/ontology/" + file;
        try (InputStream in = Vocab.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + path);
            }
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base("urn:secplan:test:").parse(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Model all() {
        Model model = ModelFactory.createDefaultModel();
        FILES.forEach(f -> model.add(load(f)));
        return model;
    }

    static Resource sp(String local) {
        return ResourceFactory.createResource(SP + local);
    }

    static Property spProp(String local) {
        return ResourceFactory.createProperty(SP + local);
    }

    static Resource spk(String local) {
        return ResourceFactory.createResource(SPK + local);
    }

    static Resource clause(String number) {
        return ResourceFactory.createResource(CLAUSE + number);
    }

    static Property skos(String local) {
        return ResourceFactory.createProperty(SKOS + local);
    }

    static Resource iri(String iri) {
        return ResourceFactory.createResource(iri);
    }

    /** Short form for messages: sp:Risk, spk:risk-low, clause:5.3.5. */
    static String shortName(Resource r) {
        if (r.isAnon()) {
            return "_:" + r.getId();
        }
        String uri = r.getURI();
        if (uri.startsWith(SP)) {
            return "sp:" + uri.substring(SP.length());
        }
        if (uri.startsWith(SPK)) {
            return "spk:" + uri.substring(SPK.length());
        }
        if (uri.startsWith(CLAUSE)) {
            return "clause:" + uri.substring(CLAUSE.length());
        }
        return uri;
    }
}
