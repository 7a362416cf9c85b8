package org.secplan.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConceptSchemesTest {

    private final Model schemes = Vocab.load("schemes.ttl");
    private final Resource concept = Vocab.iri(Vocab.SKOS + "Concept");
    private final Resource conceptScheme = Vocab.iri(Vocab.SKOS + "ConceptScheme");

    @Test
    void everyConceptHasPrefLabelDefinitionAndScheme() {
        List<String> problems = new ArrayList<>();
        schemes.listSubjectsWithProperty(RDF.type, concept).forEach(c -> {
            String name = Vocab.shortName(c);
            if (!c.hasProperty(Vocab.skos("prefLabel"))) {
                problems.add(name + " lacks skos:prefLabel");
            }
            if (!c.hasProperty(Vocab.skos("definition"))) {
                problems.add(name + " lacks skos:definition");
            }
            List<Statement> in = c.listProperties(Vocab.skos("inScheme")).toList();
            if (in.isEmpty()) {
                problems.add(name + " lacks skos:inScheme");
            }
            for (Statement st : in) {
                if (!schemes.contains(st.getResource(), RDF.type, conceptScheme)) {
                    problems.add(name + " is in an undeclared scheme " + st.getResource());
                }
            }
            if (!c.hasProperty(Vocab.skos("topConceptOf")) && !c.hasProperty(Vocab.skos("broader"))) {
                problems.add(name + " has neither skos:topConceptOf nor skos:broader");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void everySchemeHasLabelDefinitionAndSaysHowToReplaceIt() {
        List<String> problems = new ArrayList<>();
        schemes.listSubjectsWithProperty(RDF.type, conceptScheme).forEach(s -> {
            if (!s.hasProperty(Vocab.skos("prefLabel"))) {
                problems.add(Vocab.shortName(s) + " lacks skos:prefLabel");
            }
            Statement def = s.getProperty(Vocab.skos("definition"));
            if (def == null || !def.getString().contains("A plan may replace")) {
                problems.add(Vocab.shortName(s) + " does not document how a plan replaces it");
            }
        });
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @CsvSource({
        "plan-statuses, plan-draft plan-endorsed plan-in-effect plan-retired",
        "scope-criteria, criterion-missions criterion-issues criterion-personnel criterion-assets criterion-places "
                + "criterion-travel criterion-activities criterion-other",
        "resource-kinds, resource-staffing resource-budget resource-equipment resource-training resource-facilities",
        "party-kinds, party-authority party-supplier party-partner party-law-enforcement party-regulator",
        "obligation-kinds, obligation-law obligation-regulation obligation-contract",
        "communication-purposes, purpose-emergency purpose-crisis purpose-strategic purpose-roles purpose-lessons",
        "document-kinds, document-policy document-procedure document-instruction document-plan",
        "improvement-sources, source-evaluation source-incident source-lesson source-proactive",
        "action-statuses, action-open action-in-progress action-done",
        "source-kinds, source-kind-adversarial source-kind-accidental source-kind-environmental "
                + "source-kind-structural",
        "context-factor-kinds, factor-global-trend factor-geopolitical factor-legal factor-operating-environment "
                + "factor-partner",
        "treatment-options, option-avoid option-remove-source option-transfer option-share option-change-likelihood "
                + "option-change-consequence option-accept option-retain",
        "threat-levels, threat-low threat-moderate threat-substantial threat-severe threat-critical",
        "reliability, reliability-high reliability-medium reliability-low",
        "likelihood, likelihood-1 likelihood-2 likelihood-3 likelihood-4 likelihood-5",
        "consequence, consequence-1 consequence-2 consequence-3 consequence-4 consequence-5",
        "risk-levels, risk-low risk-medium risk-high risk-extreme",
        "protection-levels, protection-1 protection-2 protection-3 protection-4",
        "classification-levels, class-public class-internal class-restricted class-secret",
        "criticality, criticality-1 criticality-2 criticality-3 criticality-4 criticality-5",
        "domains, domain-governance domain-personnel domain-information domain-physical",
        "control-types, type-preventive type-detective type-corrective type-deter type-detect type-delay "
                + "type-respond type-recover",
        "control-statuses, status-planned status-selected status-implemented status-tested status-retired",
        "effectiveness-ratings, effectiveness-effective effectiveness-partial effectiveness-ineffective",
        "operation-modes, mode-maintenance mode-intervention",
        "activity-kinds, activity-maintenance activity-intervention activity-review activity-exercise",
    })
    void schemeHoldsExactlyTheContractConcepts(String scheme, String concepts) {
        Resource s = Vocab.spk(scheme);
        assertTrue(schemes.contains(s, RDF.type, conceptScheme), "spk:" + scheme + " is not a skos:ConceptScheme");
        Set<String> actual = new TreeSet<>();
        schemes.listSubjectsWithProperty(Vocab.skos("inScheme"), s).forEach(c -> actual.add(c.getLocalName()));
        assertEquals(new TreeSet<>(List.of(concepts.trim().split("\\s+"))), actual, "concepts of spk:" + scheme);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan-statuses", "action-statuses", "threat-levels", "reliability", "likelihood",
            "consequence", "risk-levels", "protection-levels", "classification-levels", "criticality",
            "control-statuses", "effectiveness-ratings"})
    void orderedSchemeRanksEveryConceptWithDistinctIntegers(String scheme) {
        Map<Integer, String> byRank = new TreeMap<>();
        schemes.listSubjectsWithProperty(Vocab.skos("inScheme"), Vocab.spk(scheme)).forEach(c -> {
            Statement rank = c.getProperty(Vocab.spProp("rank"));
            assertTrue(rank != null, Vocab.shortName(c) + " lacks sp:rank");
            assertEquals("http://www.w3.org/2001/XMLSchema#integer", rank.getLiteral().getDatatypeURI());
            String previous = byRank.put(rank.getInt(), c.getLocalName());
            assertTrue(previous == null, "rank " + rank.getInt() + " used twice in spk:" + scheme);
        });
    }

    @ParameterizedTest
    @CsvSource({
        "class-public, 0", "class-internal, 1", "class-restricted, 2", "class-secret, 3",
        "likelihood-1, 1", "likelihood-5, 5", "consequence-1, 1", "consequence-5, 5",
        "risk-low, 1", "risk-medium, 2", "risk-high, 3", "risk-extreme, 4",
        "protection-1, 1", "protection-4, 4", "criticality-1, 1", "criticality-5, 5",
    })
    void ranksFollowTheContract(String local, int rank) {
        assertEquals(rank, Vocab.spk(local).inModel(schemes).getProperty(Vocab.spProp("rank")).getInt());
    }

    @ParameterizedTest
    @CsvSource({
        "likelihood-1, Rare", "likelihood-5, Almost certain", "consequence-1, Insignificant",
        "consequence-5, Catastrophic", "protection-1, Baseline", "protection-4, Very high",
        "class-public, Public", "class-internal, Internal", "class-restricted, Restricted", "class-secret, Secret",
    })
    void labelsFollowTheContract(String local, String label) {
        assertEquals(label, Vocab.spk(local).inModel(schemes).getProperty(Vocab.skos("prefLabel")).getString());
    }

    @Test
    void everyTopicIsNarrowerThanADomainAndEveryDomainHasTopics() {
        Set<Resource> domains = schemes.listSubjectsWithProperty(Vocab.skos("inScheme"), Vocab.spk("domains")).toSet();
        Set<String> withTopics = new TreeSet<>();
        schemes.listSubjectsWithProperty(Vocab.skos("inScheme"), Vocab.spk("topics")).forEach(t -> {
            Resource broader = t.getPropertyResourceValue(Vocab.skos("broader"));
            assertTrue(broader != null && domains.contains(broader), Vocab.shortName(t) + " has no domain");
            assertTrue(schemes.contains(broader, Vocab.skos("narrower"), t),
                    Vocab.shortName(broader) + " does not list " + Vocab.shortName(t) + " as narrower");
            withTopics.add(broader.getLocalName());
        });
        assertEquals(Set.of("domain-governance", "domain-personnel", "domain-information", "domain-physical"),
                withTopics);
    }

    @ParameterizedTest
    @CsvSource({
        "domain-governance, topic-roles topic-risk-tolerance topic-risk-management topic-incidents topic-culture "
                + "topic-awareness topic-monitoring topic-maturity-reporting topic-service-providers",
        "domain-personnel, topic-recruitment topic-clearance-maintenance topic-positions-of-trust "
                + "topic-contact-reporting topic-clearance-management topic-ongoing-awareness topic-separation",
        "domain-information, topic-classification topic-access-control topic-ict topic-handling topic-disposal",
        "domain-physical, topic-facilities topic-zones topic-perimeter topic-entry-control topic-asset-protection",
    })
    void domainHasTheContractTopics(String domain, String topics) {
        Set<String> actual = new TreeSet<>();
        schemes.listSubjectsWithProperty(Vocab.skos("broader"), Vocab.spk(domain))
                .forEach(t -> actual.add(t.getLocalName()));
        assertEquals(new TreeSet<>(List.of(topics.trim().split("\\s+"))), actual);
    }

    @Test
    void protectionLevelsStateSelectionCriteria() {
        schemes.listSubjectsWithProperty(Vocab.skos("inScheme"), Vocab.spk("protection-levels")).forEach(c ->
                assertTrue(c.hasProperty(Vocab.spProp("selectionCriteria")), Vocab.shortName(c)));
    }
}
