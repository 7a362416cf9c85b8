package org.secplan.audience;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** Loads test plans from the class path as bare graphs (no ontology: the built-in levels apply). */
final class TestGraphs {

    static Graph load(String resource) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = TestGraphs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            RDFParser.source(in).lang(Lang.TURTLE).base("https://plan.test.example/").parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** Adds the statements of a Turtle text to {@code graph} and returns it. */
    static Graph add(Graph graph, String turtle) {
        RDFParser.fromString(turtle, Lang.TURTLE).base("https://plan.test.example/").parse(graph);
        return graph;
    }

    private TestGraphs() {
    }
}
