package org.secplan.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClausesTest {

    private static final Map<String, String> TITLES = new LinkedHashMap<>();

    static {
        String[][] rows = {
            {"3.1", "need-to-know"}, {"4", "Security planning"}, {"5", "Security plan"}, {"5.1", "General"},
            {"5.2", "Governance"}, {"5.2.1", "General"}, {"5.2.2", "Security objectives"},
            {"5.2.3", "Scope of the security plan"}, {"5.2.4", "Leadership"}, {"5.2.5", "Legal and regulatory"},
            {"5.2.6", "Roles, accountabilities and responsibilities"}, {"5.2.7", "Communication"},
            {"5.2.8", "Documented information"}, {"5.2.9", "Reporting"}, {"5.2.10", "Evaluation"},
            {"5.2.11", "Continuous improvement"}, {"5.3", "Management of risk"}, {"5.3.1", "General"},
            {"5.3.2", "Security risk scope, context and criteria"}, {"5.3.3", "Assessment"}, {"5.3.4", "Treatment"},
            {"5.3.5", "Acceptance level for residual security risk"}, {"5.3.6", "Communication and consultation"},
            {"5.3.7", "Monitoring and review"}, {"5.3.8", "Documentation management and recording"},
            {"5.4", "Security controls"}, {"5.4.1", "General"}, {"5.4.2", "Levels of protection"},
            {"5.4.3", "Procedures for security controls"}, {"5.4.4", "Operational level controls and treatments"},
            {"5.4.5", "Contingency planning for low likelihood and unforeseen situations"},
            {"5.4.6", "Timelines for security activities"}, {"5.5", "Security controls process"},
            {"5.5.1", "General"}, {"5.5.2", "Selection of security controls"},
            {"5.5.3", "Implementation, testing and evaluation"}, {"5.5.4", "Monitoring activities"},
            {"5.5.5", "Determining effectiveness"},
        };
        for (String[] row : rows) {
            TITLES.put(row[0], row[1]);
        }
    }

    private final Model clauses = Vocab.load("clauses.ttl");

    @Test
    void listsExactlyTheClausesOfTheStandardThatSecplanCovers() {
        Set<String> actual = new TreeSet<>();
        clauses.listSubjectsWithProperty(RDF.type, Vocab.sp("Clause")).forEach(c -> actual.add(Vocab.shortName(c)));
        Set<String> expected = new TreeSet<>();
        TITLES.keySet().forEach(n -> expected.add("clause:" + n));
        assertEquals(expected, actual);
    }

    @Test
    void everyClauseHasNumberTitleDescriptionAndParent() {
        TITLES.forEach((number, title) -> {
            Resource c = Vocab.clause(number).inModel(clauses);
            assertEquals(number, c.getProperty(Vocab.spProp("clauseNumber")).getString());
            assertEquals(title, c.getProperty(RDFS.label).getString(), "title of " + number);
            assertTrue(c.hasProperty(Vocab.skos("definition")), number + " lacks a description");
            int dot = number.lastIndexOf('.');
            if (number.startsWith("5.")) {
                String parent = number.substring(0, dot);
                assertTrue(c.hasProperty(Vocab.spProp("partOf"), Vocab.clause(parent)), number + " not part of " + parent);
            }
        });
    }

    @ParameterizedTest
    @CsvSource({"5.2, 1", "5.3, 2", "5.4, 3", "5.5, 4"})
    void marksTheFourPlanPartsInOrder(String number, int order) {
        Resource c = Vocab.clause(number).inModel(clauses);
        assertTrue(c.hasProperty(RDF.type, Vocab.sp("PlanPart")), number + " is not a plan part");
        assertEquals(order, c.getProperty(Vocab.spProp("order")).getInt());
        assertTrue(clauses.contains(Vocab.clause("5.1"), Vocab.spProp("part"), c), "5.1 does not list " + number);
    }

    @Test
    void hasOnlyFourPlanParts() {
        assertEquals(4, clauses.listSubjectsWithProperty(RDF.type, Vocab.sp("PlanPart")).toList().size());
    }
}
