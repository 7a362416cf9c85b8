package org.secplan.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class TurtleWriterTest {

    @Test
    void escapedStringsParseBackToTheSameText() {
        String tricky = "quote \" backslash \\ newline \n tab \t return \r bell \u0007 café Ærø 'single'";
        StringWriter text = new StringWriter();
        try (TurtleWriter w = new TurtleWriter(text)) {
            w.prefix("", "https://x.example/#").prefix("xsd", "http://www.w3.org/2001/XMLSchema#")
                    .prefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                    .subject(":A-1", "rdfs:Resource")
                    .str("rdfs:label", tricky)
                    .strs("rdfs:comment", List.of("one", "two"))
                    .date(":on", LocalDate.of(2026, 1, 2))
                    .duration(":every", "P1Y")
                    .bool(":flag", true)
                    .blanks(":part", ":Part", List.<String[]>of(new String[] {":level", "3"}))
                    .end();
        }
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text.toString(), Lang.TURTLE).parse(g);
        Node a = NodeFactory.createURI("https://x.example/#A-1");
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        assertEquals(tricky, g.find(a, label, Node.ANY).next().getObject().getLiteralLexicalForm());
        assertEquals(10, g.size());
    }
}
