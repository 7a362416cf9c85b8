package org.secplan.audience;

import org.secplan.plan.Vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AudienceFilterTest {

    private static final String P = "https://plan.canary.example/#";
    private static final Pattern CANARY = Pattern.compile("CANARY(\\d)");

    private final Graph plan = TestGraphs.load("/audience/canary-plan.ttl");
    private final NeedToKnow ntk = NeedToKnow.of(plan);

    @ParameterizedTest
    @ValueSource(strings = {"public", "staff", "partners", "security-team"})
    void viewContainsNothingAboveTheAudiencesLevel(String audienceId) {
        Audience audience = ntk.audience(audienceId).orElseThrow();
        AudienceView view = ntk.view(audience);
        int max = audience.maxLevel().rank();

        List<String> leaks = new ArrayList<>();
        view.graph().find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                String text = n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
                Matcher m = CANARY.matcher(text);
                while (m.find()) {
                    if (Integer.parseInt(m.group(1)) > max) {
                        leaks.add(text + " in " + t);
                    }
                }
            }
        });
        view.graph().getPrefixMapping().getNsPrefixMap().forEach((prefix, ns) -> {
            if (CANARY.matcher(ns).find() && max < 3) {
                leaks.add("prefix " + prefix + ": " + ns);
            }
        });
        assertEquals(List.of(), leaks, "canaries above " + audience.maxLevel().label() + " in edition " + audienceId);
        assertTrue(view.graph().size() > 0);
    }

    @Test
    void audienceThatReadsEverythingSeesEveryTriple() {
        AudienceView view = ntk.view(ntk.audience("security-team").orElseThrow());

        assertEquals(plan.size(), view.graph().size());
        assertEquals(0, view.withheldCount());
        assertFalse(view.graph().contains(Node.ANY, Node.ANY, Vocabulary.WITHHELD));
    }

    @Test
    void linksToWithheldEntitiesPointAtTheWithheldNode() {
        Graph publicView = ntk.view(ntk.audience("public").orElseThrow()).graph();
        Node control = NodeFactory.createURI(P + "C-CANARY0");
        Node asset = NodeFactory.createURI(P + "A-CANARY0");

        assertTrue(publicView.contains(control, Vocabulary.spNode("satisfies"), Vocabulary.WITHHELD), "secret obligation");
        assertTrue(publicView.contains(control, Vocabulary.spNode("owner"), Vocabulary.WITHHELD), "internal role");
        assertTrue(publicView.contains(control, Vocabulary.spNode("protects"), asset), "public asset stays linked");
        assertTrue(publicView.contains(asset, Vocabulary.spNode("location"), Vocabulary.WITHHELD), "secret site");
        assertTrue(publicView.contains(asset, Vocabulary.spNode("requiredCompetence"), Vocabulary.WITHHELD),
                "nested structure classified above its owner");
        assertEquals(AudienceView.WITHHELD_IRI, Vocabulary.WITHHELD.getURI());
    }

    @Test
    void withheldEntityGoesWithItsWholeBlankNodeClosure() {
        Graph staffView = ntk.view(ntk.audience("staff").orElseThrow()).graph();
        Node risk = NodeFactory.createURI(P + "R-CANARY2");
        Node acceptance = plan.find(risk, Vocabulary.spNode("acceptance"), Node.ANY).next().getObject();
        Node acceptedBy = plan.find(acceptance, Vocabulary.spNode("acceptedBy"), Node.ANY).next().getObject();

        assertFalse(staffView.contains(risk, Node.ANY, Node.ANY));
        assertFalse(staffView.contains(acceptance, Node.ANY, Node.ANY));
        assertFalse(staffView.contains(acceptedBy, Node.ANY, Node.ANY));
        assertFalse(staffView.contains(Node.ANY, Node.ANY, risk), "nothing visible points at the risk");

        Node role = NodeFactory.createURI(P + "ROLE-CANARY1");
        Node roleCompetence = plan.find(role, Vocabulary.spNode("requiredCompetence"), Node.ANY).next().getObject();
        assertTrue(staffView.contains(roleCompetence, Vocabulary.spNode("level"), Node.ANY),
                "a visible owner keeps its nested structure");
    }

    @Test
    void literalsOfVisibleEntitiesStayAsWritten() {
        Graph publicView = ntk.view(ntk.audience("public").orElseThrow()).graph();

        assertTrue(publicView.contains(NodeFactory.createURI(P + "A-CANARY0"), Vocabulary.LABEL,
                NodeFactory.createLiteralString("Visitor centre CANARY0")));
    }

    @Test
    void countsWithheldEntitiesPerType() {
        AudienceView publicView = ntk.view(ntk.audience("public").orElseThrow());

        Map<String, Integer> byType = publicView.withheldByType();
        assertEquals(1, byType.get(Vocabulary.SP + "Risk"));
        assertEquals(1, byType.get(Vocabulary.SP + "Obligation"));
        assertEquals(1, byType.get(Vocabulary.SP + "Role"));
        assertEquals(1, byType.get(Vocabulary.SP + "RiskSource"));
        // risk, treatment, obligation, site, unknown-level source, document, role, competence
        assertEquals(8, publicView.withheldCount());
        assertTrue(publicView.isWithheldIdentifier("OB-CANARY3"));
        assertFalse(publicView.isWithheldIdentifier("A-CANARY0"));
        assertFalse(publicView.toString().contains("CANARY3"), "toString may reach a log");
    }

    @Test
    void unknownLevelIsWithheldFromEveryEditionButTheOneThatReadsEverything() {
        for (Audience audience : ntk.audiences()) {
            boolean visible = ntk.view(audience).graph()
                    .contains(NodeFactory.createURI(P + "X-CANARY3"), Node.ANY, Node.ANY);
            assertEquals(audience.readsEverything(ntk.scheme()), visible, audience.identifier());
        }
    }

    @Test
    void aViewDropsThePlansStatementsAboutABundledTermButKeepsEveryReferenceToIt() {
        Graph bundled = TestGraphs.add(GraphFactory.createDefaultGraph(), """
                @prefix spk: <https://w3id.org/secplan/concept/> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                spk:risk-high a skos:Concept ; skos:prefLabel "High" .
                """);
        Node high = NodeFactory.createURI(Vocabulary.SPK + "risk-high");
        Node asset = NodeFactory.createURI(P + "A-CANARY0");
        plan.add(Triple.create(high, Vocabulary.LABEL, NodeFactory.createLiteralString("Plan remark CANARY1")));
        plan.add(Triple.create(asset, Vocabulary.spNode("criticality"), high));
        ClassificationScheme scheme = ClassificationScheme.read(plan);
        Classification levels = new Classifier(scheme).classify(plan, bundled);
        Audience audience = Audience.readAll(plan, scheme).stream().filter(a -> a.identifier().equals("public"))
                .findFirst().orElseThrow();

        AudienceView view = new AudienceFilter(levels, plan.getPrefixMapping()).filter(audience);

        assertFalse(view.graph().contains(high, Node.ANY, Node.ANY), "the plan's remark is internal");
        assertTrue(view.graph().contains(asset, Vocabulary.spNode("criticality"), high), "the term is secplan's");
        assertFalse(view.isWithheld(high.getURI()));
    }

    @Test
    void defaultAudienceReadsTheWholePlan() {
        Graph noAudience = TestGraphs.load("/audience/no-audience-plan.ttl");
        NeedToKnow plain = NeedToKnow.of(noAudience);

        AudienceView view = plain.view(plain.audiences().get(0));

        assertEquals(noAudience.size(), view.graph().size());
    }

    @Test
    void filtersAHundredThousandTriplePlanQuickly() {
        Graph big = GraphFactory.createDefaultGraph();
        String[] levels = {"class-public", "class-internal", "class-restricted", "class-secret"};
        Node plan = NodeFactory.createURI(P + "plan");
        big.add(Triple.create(plan, Vocabulary.TYPE, Vocabulary.SECURITY_PLAN));
        int entities = 10_000;
        for (int i = 0; i < entities; i++) {
            Node e = NodeFactory.createURI(P + "E-" + i);
            big.add(Triple.create(e, Vocabulary.TYPE, Vocabulary.spNode("Control")));
            big.add(Triple.create(e, Vocabulary.IDENTIFIER, NodeFactory.createLiteralString("E-" + i)));
            big.add(Triple.create(e, Vocabulary.LABEL, NodeFactory.createLiteralString("Control " + i)));
            big.add(Triple.create(e, Vocabulary.CLASSIFICATION, NodeFactory.createURI(Vocabulary.SPK + levels[i % 4])));
            big.add(Triple.create(e, Vocabulary.spNode("protects"), NodeFactory.createURI(P + "E-" + ((i * 7) % entities))));
            big.add(Triple.create(e, Vocabulary.spNode("satisfies"), NodeFactory.createURI(P + "E-" + ((i * 13) % entities))));
            Node nested = NodeFactory.createBlankNode();
            big.add(Triple.create(e, Vocabulary.spNode("requiredCompetence"), nested));
            big.add(Triple.create(nested, Vocabulary.spNode("level"), NodeFactory.createLiteralString("3")));
            big.add(Triple.create(nested, Vocabulary.spNode("justification"), NodeFactory.createLiteralString("because " + i)));
            big.add(Triple.create(e, Vocabulary.spNode("responsibility"), NodeFactory.createLiteralString("duty " + i)));
        }
        assertTrue(big.size() >= 100_000);

        long start = System.nanoTime();
        NeedToKnow bigNtk = NeedToKnow.of(big);
        long classified = System.nanoTime();
        AudienceView view = bigNtk.view(new Audience("internal", "Internal", bigNtk.scheme().level(Vocabulary.SPK + "class-internal").orElseThrow()));
        long filtered = System.nanoTime();

        System.out.printf(java.util.Locale.ROOT,
                "need-to-know on %d triples: classify %d ms, filter %d ms, view %d triples, %d withheld%n",
                big.size(), (classified - start) / 1_000_000, (filtered - classified) / 1_000_000,
                view.graph().size(), view.withheldCount());
        assertEquals(entities / 2, view.withheldCount());
    }
}
