package org.secplan.site;

import org.secplan.plan.Vocabulary;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of plan entity the site knows by name, most specific first: what each is called, where its register
 * lives and which clause it mainly serves. An entity of a class not listed here is shown as "Plan element".
 *
 * @param local    local name of the sp: class
 * @param singular what one is called
 * @param plural   what several are called
 * @param clause   the clause it mainly serves
 */
public record Kind(String local, String singular, String plural, String clause) {

    public static final List<Kind> ALL = List.of(
            new Kind("SecurityPlan", "Security plan", "Security plans", "4"),
            new Kind("SecurityObjective", "Security objective", "Security objectives", "5.2.2"),
            new Kind("BusinessObjective", "Business objective", "Business objectives", "5.2.2"),
            new Kind("Scope", "Scope", "Scopes", "5.2.3"),
            new Kind("ScopeStatement", "Scope statement", "Scope statements", "5.2.3"),
            new Kind("Exclusion", "Exclusion", "Exclusions", "5.2.3"),
            new Kind("ResourceCommitment", "Resource commitment", "Resource commitments", "5.2.4"),
            new Kind("Endorsement", "Endorsement", "Endorsements", "4"),
            new Kind("Obligation", "Obligation", "Obligations", "5.2.5"),
            new Kind("Role", "Role", "Roles", "5.2.6"),
            new Kind("Person", "Person", "People", "5.2.6"),
            new Kind("Competence", "Competence", "Competences", "5.2.6"),
            new Kind("Exemption", "Exemption", "Exemptions", "5.2.6"),
            new Kind("InterestedParty", "Interested party", "Interested parties", "5.3.2"),
            new Kind("ExternalParty", "External party", "External parties", "5.2.6"),
            new Kind("CommunicationItem", "Communication item", "Communication items", "5.2.7"),
            new Kind("InformationSharingPolicy", "Information-sharing policy", "Information-sharing policies", "5.2.7"),
            new Kind("Procedure", "Procedure", "Procedures", "5.4.3"),
            new Kind("Document", "Document", "Documents", "5.2.8"),
            new Kind("Decision", "Decision", "Decisions", "5.2.8"),
            new Kind("LessonLearned", "Lesson learned", "Lessons learned", "5.2.8"),
            new Kind("Report", "Report", "Reports", "5.2.9"),
            new Kind("EvaluationResult", "Evaluation result", "Evaluation results", "5.2.10"),
            new Kind("Evaluation", "Evaluation", "Evaluations", "5.2.10"),
            new Kind("ImprovementAction", "Improvement action", "Improvement actions", "5.2.11"),
            new Kind("TangibleAsset", "Tangible asset", "Tangible assets", "5.3.2"),
            new Kind("IntangibleAsset", "Intangible asset", "Intangible assets", "5.3.2"),
            new Kind("Asset", "Asset", "Assets", "5.3.2"),
            new Kind("Site", "Site", "Sites", "5.3.2"),
            new Kind("ContextFactor", "Context factor", "Context factors", "5.3.2"),
            new Kind("RiskSource", "Risk source", "Risk sources", "5.3.2"),
            new Kind("Vulnerability", "Vulnerability", "Vulnerabilities", "5.3.2"),
            new Kind("Risk", "Risk", "Risks", "5.3.3"),
            new Kind("Treatment", "Treatment", "Treatments", "5.3.4"),
            new Kind("GraduatedMeasure", "Graduated measure", "Graduated measures", "5.3.4"),
            new Kind("AgencyAgreement", "Agency agreement", "Agency agreements", "5.3.4"),
            new Kind("RiskAcceptance", "Risk acceptance", "Risk acceptances", "5.3.5"),
            new Kind("ConsultationArrangement", "Consultation arrangement", "Consultation arrangements", "5.3.6"),
            new Kind("InformationSource", "Information source", "Information sources", "5.3.6"),
            new Kind("Control", "Control", "Controls", "5.4.4"),
            new Kind("NotApplicable", "Not-applicable statement", "Not-applicable statements", "5.4.4"),
            new Kind("ContingencyPlan", "Contingency plan", "Contingency plans", "5.4.5"),
            new Kind("Activity", "Activity", "Activities", "5.4.6"),
            new Kind("TestRecord", "Test record", "Test records", "5.5.3"),
            new Kind("MonitoringActivity", "Monitoring activity", "Monitoring activities", "5.5.4"),
            new Kind("Audience", "Audience", "Audiences", "3.1"));

    public static final Kind OTHER = new Kind("PlanEntity", "Plan element", "Other plan elements", "5");

    public String iri() {
        return Vocabulary.SP + local;
    }

    /** File-name part for this kind's register page. */
    public String slug() {
        return local.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** The most specific listed kind of the entity. */
    public static Kind of(PlanIndex index, String iri) {
        for (Kind k : ALL) {
            if (index.isA(iri, k.iri())) {
                return k;
            }
        }
        return OTHER;
    }

    public static Optional<Kind> byLocal(String local) {
        return ALL.stream().filter(k -> k.local.equals(local)).findFirst();
    }
}
