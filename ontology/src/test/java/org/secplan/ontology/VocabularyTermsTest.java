package org.secplan.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** Every class and property of the sp: namespace is documented, placed and typed. */
class VocabularyTermsTest {

    private final Model vocab = Vocab.load("secplan.ttl");
    private final Model clauses = Vocab.load("clauses.ttl");

    private Set<Resource> terms() {
        Set<Resource> terms = new java.util.HashSet<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property,
                OWL2.NamedIndividual)) {
            vocab.listSubjectsWithProperty(RDF.type, type)
                    .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(Vocab.SP))
                    .forEach(terms::add);
        }
        return terms;
    }

    @Test
    void everyTermHasLabelDefinitionExampleAndIsDefinedBy() {
        List<String> problems = new ArrayList<>();
        for (Resource term : terms()) {
            for (var p : List.of(RDFS.label, Vocab.skos("definition"), Vocab.skos("example"))) {
                Statement st = term.getProperty(p);
                if (st == null || !st.getObject().isLiteral() || st.getString().isBlank()) {
                    problems.add(Vocab.shortName(term) + " lacks " + p.getLocalName());
                }
            }
            if (!term.hasProperty(RDFS.isDefinedBy, Vocab.iri(Vocab.ONTOLOGY_IRI))) {
                problems.add(Vocab.shortName(term) + " lacks rdfs:isDefinedBy");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTermNamesAtLeastOneExistingClause() {
        List<String> problems = new ArrayList<>();
        for (Resource term : terms()) {
            var named = term.listProperties(Vocab.spProp("clause")).toList();
            if (named.isEmpty()) {
                problems.add(Vocab.shortName(term) + " names no clause");
            }
            for (Statement st : named) {
                if (!clauses.contains(st.getResource(), RDF.type, Vocab.sp("Clause"))) {
                    problems.add(Vocab.shortName(term) + " names unknown clause " + st.getResource());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPropertyIsObjectOrDatatypeExceptTheTwoMixedOnes() {
        Set<String> plain = new TreeSet<>();
        vocab.listSubjectsWithProperty(RDF.type, RDF.Property).forEach(r -> plain.add(r.getLocalName()));
        assertEquals(Set.of("location", "result"), plain,
                "only sp:location and sp:result take both IRIs and literals");
        for (Resource p : terms()) {
            boolean object = p.hasProperty(RDF.type, OWL.ObjectProperty);
            boolean data = p.hasProperty(RDF.type, OWL.DatatypeProperty);
            assertTrue(!(object && data), Vocab.shortName(p) + " is both object and datatype property");
        }
    }

    @Test
    void datatypePropertiesHaveXsdRanges() {
        List<String> problems = new ArrayList<>();
        vocab.listSubjectsWithProperty(RDF.type, OWL.DatatypeProperty).forEach(p -> {
            Statement range = p.getProperty(RDFS.range);
            if (range == null || !range.getResource().getURI().startsWith("http://www.w3.org/2001/XMLSchema#")) {
                problems.add(Vocab.shortName(p) + " has no xsd range");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void everySpTermUsedInAnyFileIsDeclared() {
        Set<Resource> declared = terms();
        Set<String> undeclared = new TreeSet<>();
        Model all = Vocab.all();
        all.listStatements().forEach(st -> {
            check(st.getPredicate(), declared, undeclared);
            check(st.getSubject(), declared, undeclared);
            check(st.getObject(), declared, undeclared);
        });
        assertEquals(Set.of(), undeclared, "sp: terms used but not declared in secplan.ttl");
    }

    private static void check(RDFNode node, Set<Resource> declared, Set<String> undeclared) {
        if (node.isURIResource() && node.asResource().getURI().startsWith(Vocab.SP)
                && !declared.contains(node.asResource())) {
            undeclared.add(node.asResource().getURI());
        }
    }

    @Test
    void planEntitiesAreAllClassesButTheDocumentedHelpers() {
        Set<String> notPlanEntities = new TreeSet<>();
        vocab.listSubjectsWithProperty(RDF.type, OWL.Class)
                .filterKeep(c -> c.isURIResource() && c.getURI().startsWith(Vocab.SP))
                .filterDrop(c -> subClassOf(c, Vocab.sp("PlanEntity")))  // PlanEntity itself counts as one
                .forEach(c -> notPlanEntities.add(c.getLocalName()));
        assertEquals(Set.of("CompetenceRequirement", "CompetenceAttainment", "RiskMatrix", "MatrixCell",
                "Clause", "PlanPart", "Check"), notPlanEntities);
    }

    private boolean subClassOf(Resource c, Resource target) {
        if (c.equals(target)) {
            return true;
        }
        return vocab.listObjectsOfProperty(c, RDFS.subClassOf).toList().stream()
                .filter(RDFNode::isURIResource)
                .anyMatch(s -> subClassOf(s.asResource(), target));
    }
}
