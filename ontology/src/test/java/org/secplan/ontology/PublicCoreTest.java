package org.secplan.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The public core names are fixed: these tests pin them, with their place in the class tree and their signatures. */
class PublicCoreTest {

    private final Model vocab = Vocab.load("secplan.ttl");

    @ParameterizedTest
    @ValueSource(strings = {"SecurityPlan", "SecurityObjective", "Scope", "Asset", "TangibleAsset", "IntangibleAsset",
            "RiskSource", "Vulnerability", "Risk", "Treatment", "Control", "Role", "Obligation", "ContingencyPlan",
            "Activity", "PlanEntity", "BusinessObjective", "Document", "Procedure", "InformationSharingPolicy",
            "Endorsement", "ScopeStatement", "Exclusion", "Person", "Competence", "CompetenceRequirement",
            "CompetenceAttainment", "ExternalParty", "Exemption", "CommunicationItem", "Decision", "LessonLearned",
            "Report", "Evaluation", "EvaluationResult", "ImprovementAction", "ResourceCommitment", "Site",
            "ContextFactor", "InterestedParty", "RiskAcceptance", "GraduatedMeasure", "AgencyAgreement", "TestRecord",
            "MonitoringActivity", "NotApplicable", "ConsultationArrangement", "InformationSource", "MatrixCell",
            "RiskMatrix", "Audience", "Clause", "PlanPart", "Check"})
    void declaresContractClass(String name) {
        assertTrue(vocab.contains(Vocab.sp(name), RDF.type, OWL.Class), "sp:" + name + " is not an owl:Class");
    }

    @ParameterizedTest
    @CsvSource({
        "SecurityPlan, https://w3id.org/secplan/ns#PlanEntity",
        "SecurityObjective, https://w3id.org/secplan/ns#PlanEntity",
        "Risk, https://w3id.org/secplan/ns#PlanEntity",
        "Control, https://w3id.org/secplan/ns#PlanEntity",
        "TangibleAsset, https://w3id.org/secplan/ns#Asset",
        "IntangibleAsset, https://w3id.org/secplan/ns#Asset",
        "Role, http://www.w3.org/ns/org#Role",
        "Role, https://w3id.org/secplan/ns#PlanEntity",
        "Person, http://www.w3.org/ns/prov#Person",
        "ExternalParty, http://www.w3.org/ns/org#Organization",
        "InterestedParty, https://w3id.org/secplan/ns#ExternalParty",
        "Activity, http://www.w3.org/ns/prov#Activity",
        "Procedure, https://w3id.org/secplan/ns#Document",
        "InformationSharingPolicy, https://w3id.org/secplan/ns#Document",
        "PlanPart, https://w3id.org/secplan/ns#Clause",
    })
    void placesClassUnderItsSuperclass(String name, String superclass) {
        assertTrue(vocab.contains(Vocab.sp(name), RDFS.subClassOf, Vocab.iri(superclass)),
                "sp:" + name + " should be rdfs:subClassOf " + superclass);
    }

    @ParameterizedTest
    @CsvSource({
        "threatens,     ObjectProperty, Risk,                                  SecurityObjective",
        "affects,       ObjectProperty, Risk,                                  Asset",
        "treatedBy,     ObjectProperty, Risk,                                  Treatment",
        "implementedBy, ObjectProperty, Treatment,                             Control",
        "owner,         ObjectProperty, Control Asset Risk ImprovementAction,  Role",
        "protects,      ObjectProperty, Control,                               Asset",
        "satisfies,     ObjectProperty, Control,                               Obligation",
        "riskSource,    ObjectProperty, Risk,                                  RiskSource",
        "exploits,      ObjectProperty, Risk,                                  Vulnerability",
        "accountableRole, ObjectProperty, SecurityPlan,                        Role",
        "endorsement,   ObjectProperty, SecurityPlan,                          Endorsement",
        "supportingPlan, ObjectProperty, SecurityPlan,                         SecurityPlan",
        "heldBy,        ObjectProperty, Role,                                  Person",
        "acceptance,    ObjectProperty, Risk,                                  RiskAcceptance",
        "cell,          ObjectProperty, RiskMatrix,                            MatrixCell",
        "recipient,     ObjectProperty, CommunicationItem Report,              Role ExternalParty",
        "improves,      ObjectProperty, ImprovementAction,                     Risk Control",
        "acceptedBy,    ObjectProperty, Obligation RiskAcceptance,             Role",
        "partOf,        ObjectProperty, Clause,                                Clause",
        "version,       DatatypeProperty, SecurityPlan,                        xsd:string",
        "effectiveDate, DatatypeProperty, SecurityPlan,                        xsd:date",
        "nextReviewDate, DatatypeProperty, SecurityPlan,                       xsd:date",
        "reviewFrequency, DatatypeProperty, Risk,                              xsd:duration",
        "topManagement, DatatypeProperty, Role,                                xsd:boolean",
        "level,         DatatypeProperty, CompetenceRequirement CompetenceAttainment, xsd:integer",
        "rank,          DatatypeProperty, skos:Concept,                        xsd:integer",
        "order,         DatatypeProperty, PlanPart,                            xsd:integer",
    })
    void declaresPropertyWithDomainAndRange(String name, String kind, String domain, String range) {
        Resource p = Vocab.sp(name);
        assertTrue(vocab.contains(p, RDF.type, vocab.getResource(OWL.getURI() + kind)),
                "sp:" + name + " should be owl:" + kind);
        assertEquals(names(domain), classesOf(p.inModel(vocab).getProperty(RDFS.domain)), "domain of sp:" + name);
        assertEquals(names(range), classesOf(p.inModel(vocab).getProperty(RDFS.range)), "range of sp:" + name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"classification", "clause", "organization", "planStatus", "scope", "securityFunction",
            "acceptanceLevel", "riskMatrix", "classificationScheme", "defaultClassification", "leadershipStatement",
            "documentOwner", "storageLocation", "retention", "disposalMethod", "endorsedBy", "endorsedOn",
            "endorsedVersion", "riskAcceptanceAuthority", "external", "responsibility", "authority",
            "requiredCompetence", "competence", "attainedCompetence", "supportsBusinessObjective", "relatedPolicy",
            "statement", "exclusion", "validFrom", "validUntil", "otherRiskProcess", "criterion", "notApplicable",
            "justification", "resourceKind", "committedBy", "partyKind", "liaisonRole", "obligationKind",
            "issuingAuthority", "exemptFrom", "approvedBy", "reviewDate", "content", "channel", "frequency",
            "communicationPurpose", "documentKind", "location", "step", "relatedRisk", "aboutRisk", "decisionText",
            "decidedBy", "rationale", "relatedTo", "responsibleRole", "evaluationSubject", "method", "performance",
            "analysis", "emergencyFrequency", "evaluator", "ofEvaluation", "result", "improvementSource", "dueDate",
            "actionStatus", "criticality", "requiredProtectionLevel", "partOfSite", "vulnerabilityOf", "sourceKind",
            "factorKind", "inherentLikelihood", "residualLikelihood", "inherentConsequence", "residualConsequence",
            "assessor", "assessedOn", "lastReviewed", "acceptedOn", "acceptedUntil", "option", "counterparty",
            "threatLevel", "activates", "purpose", "domain", "topic", "controlType", "providesProtectionLevel",
            "status", "effectiveness", "selectionRationale", "procedure", "policy", "operationMode", "testFrequency",
            "tests", "evidence", "tester", "monitors", "indicator", "triggeringScenario", "addressesRisk",
            "activationAuthority", "lastExercised", "exerciseFrequency", "activityKind", "concerns", "recurrence",
            "completedOn", "party", "consultationTopic", "reliability", "maxClassification", "likelihood",
            "consequence", "riskLevel", "clauseNumber", "part", "checkId"})
    void declaresContractProperty(String name) {
        Resource p = Vocab.sp(name);
        assertTrue(vocab.contains(p, RDF.type, OWL.ObjectProperty) || vocab.contains(p, RDF.type, OWL.DatatypeProperty)
                || vocab.contains(p, RDF.type, RDF.Property), "sp:" + name + " is not declared as a property");
    }

    private static Set<String> names(String spaceSeparated) {
        return List.of(spaceSeparated.trim().split("\\s+")).stream()
                .map(n -> n.contains(":") ? n : "sp:" + n)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The class a domain/range names, or the members of its owl:unionOf, in short form. */
    private static Set<String> classesOf(Statement st) {
        assertNotNull(st, "missing domain or range");
        RDFNode node = st.getObject();
        Set<String> out = new TreeSet<>();
        Resource r = node.asResource();
        if (r.isAnon()) {
            RDFList members = r.getProperty(OWL.unionOf).getObject().as(RDFList.class);
            members.iterator().forEachRemaining(m -> out.add(shortForm(m.asResource())));
        } else {
            out.add(shortForm(r));
        }
        return out;
    }

    private static String shortForm(Resource r) {
        String uri = r.getURI();
        if (uri.startsWith(Vocab.SP)) {
            return "sp:" + uri.substring(Vocab.SP.length());
        }
        if (uri.startsWith("http://www.w3.org/2001/XMLSchema#")) {
            return "xsd:" + r.getLocalName();
        }
        if (uri.startsWith(Vocab.SKOS)) {
            return "skos:" + r.getLocalName();
        }
        return uri;
    }
}
