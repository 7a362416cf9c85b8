package org.secplan.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The default 5 x 5 matrix: every pair exactly once, a sensible level for each, never decreasing. */
class DefaultMatrixTest {

    private final Model schemes = Vocab.load("schemes.ttl");
    private final Resource matrix = Vocab.spk("default-matrix").inModel(schemes);

    private int rank(Resource concept) {
        return concept.inModel(schemes).getProperty(Vocab.spProp("rank")).getInt();
    }

    /** likelihood rank * 10 + consequence rank -> risk level rank. */
    private Map<Integer, Integer> cells() {
        Map<Integer, Integer> cells = new HashMap<>();
        List<RDFNode> nodes = schemes.listObjectsOfProperty(matrix, Vocab.spProp("cell")).toList();
        assertEquals(25, nodes.size(), "the default matrix has 25 cells");
        for (RDFNode node : nodes) {
            Resource cell = node.asResource();
            Resource l = cell.getPropertyResourceValue(Vocab.spProp("likelihood"));
            Resource c = cell.getPropertyResourceValue(Vocab.spProp("consequence"));
            Resource level = cell.getPropertyResourceValue(Vocab.spProp("riskLevel"));
            assertNotNull(l, "cell without likelihood");
            assertNotNull(c, "cell without consequence");
            assertNotNull(level, "cell without risk level");
            assertTrue(schemes.contains(l, Vocab.skos("inScheme"), Vocab.spk("likelihood")), l + " is no likelihood");
            assertTrue(schemes.contains(c, Vocab.skos("inScheme"), Vocab.spk("consequence")), c + " is no consequence");
            assertTrue(schemes.contains(level, Vocab.skos("inScheme"), Vocab.spk("risk-levels")), level + " is no level");
            Integer previous = cells.put(rank(l) * 10 + rank(c), rank(level));
            assertTrue(previous == null, "pair " + l + " x " + c + " appears twice");
        }
        return cells;
    }

    @Test
    void isARiskMatrix() {
        assertTrue(schemes.contains(matrix, RDF.type, Vocab.sp("RiskMatrix")));
    }

    @Test
    void coversEveryLikelihoodConsequencePairExactlyOnce() {
        Map<Integer, Integer> cells = cells();
        for (int l = 1; l <= 5; l++) {
            for (int c = 1; c <= 5; c++) {
                assertTrue(cells.containsKey(l * 10 + c), "missing pair L" + l + " x C" + c);
            }
        }
    }

    @Test
    void neverLowersTheLevelWhenLikelihoodOrConsequenceRises() {
        Map<Integer, Integer> cells = cells();
        for (int l = 1; l <= 5; l++) {
            for (int c = 1; c <= 5; c++) {
                int here = cells.get(l * 10 + c);
                if (l < 5) {
                    assertTrue(cells.get((l + 1) * 10 + c) >= here, "not monotone at L" + l + " C" + c);
                }
                if (c < 5) {
                    assertTrue(cells.get(l * 10 + c + 1) >= here, "not monotone at L" + l + " C" + c);
                }
            }
        }
    }

    @Test
    void mapsTheProductOfRanksToTheDocumentedBands() {
        Map<Integer, Integer> cells = cells();
        for (int l = 1; l <= 5; l++) {
            for (int c = 1; c <= 5; c++) {
                int score = l * c;
                int expected = score <= 3 ? 1 : score <= 6 ? 2 : score <= 12 ? 3 : 4;
                assertEquals(expected, cells.get(l * 10 + c), "level of L" + l + " x C" + c);
            }
        }
    }
}
