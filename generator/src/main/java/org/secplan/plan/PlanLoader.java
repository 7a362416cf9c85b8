package org.secplan.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.secplan.base.BundledResources;
import org.secplan.base.SecplanException;
import org.secplan.base.Utf8;
import org.secplan.config.ConfigException;
import org.secplan.config.ConfigProblem;
import org.secplan.config.PlanConfig;
import org.secplan.config.PlanConfigReader;
import org.secplan.query.SafeQueryExecutor;

/**
 * Loads a plan directory: its configuration, every Turtle file, merged with the bundled ontology. Collects every
 * problem (syntax, unknown prefixes, ill-typed literals, duplicate identifiers, undefined references, bad
 * configuration) before failing once with a {@link PlanLoadException}.
 */
public final class PlanLoader {

    private final BundledResources resources;
    private final PlanConfigReader configReader;
    private final SafeQueryExecutor executor;

    public PlanLoader(BundledResources resources, PlanConfigReader configReader, SafeQueryExecutor executor) {
        this.resources = resources;
        this.configReader = configReader;
        this.executor = executor;
    }

    private Graph ontology;

    public PlanGraph load(Path planDirectory) {
        PlanSource source = new PlanSource(planDirectory);
        List<PlanProblem> problems = new ArrayList<>();
        for (String link : source.links()) {
            problems.add(new PlanProblem(new SourceLocation(link, 0, 0), "is a symbolic link; secplan reads no link "
                    + "in a plan directory (it could publish or run a file from anywhere): put the file itself there"));
        }
        java.util.Set<Path> unreadable = new java.util.HashSet<>();
        for (Path file : source.textFiles()) {
            byte[] bytes = readBytes(file);
            Optional<Utf8.Invalid> bad = Utf8.firstInvalid(bytes);
            if (bad.isPresent()) {
                unreadable.add(file);
                problems.add(new PlanProblem(new SourceLocation(source.relative(file), bad.get().line(),
                        bad.get().column()), bad.get().describe()));
            } else if (file.getFileName().toString().endsWith(".adoc")) {
                PageStructure.problem(new String(bytes, StandardCharsets.UTF_8), bytes.length).ifPresent(p ->
                        problems.add(new PlanProblem(new SourceLocation(source.relative(file), p.line(), 0),
                                p.message())));
            }
        }
        for (Path file : source.unreadRdfFiles()) {
            problems.add(new PlanProblem(new SourceLocation(source.relative(file), 0, 0), "secplan reads plan data "
                    + "from Turtle (.ttl) files only, so this file would be left out of the plan: convert it to "
                    + "Turtle, or move it out of the plan directory"));
        }
        PlanConfig config = source.links().contains(PlanConfig.FILE_NAME)
                || unreadable.contains(source.directory().resolve(PlanConfig.FILE_NAME)) ? PlanConfig.defaults()
                : readConfig(source, problems);

        Graph ontology = ontology();
        Graph data = GraphFactory.createDefaultGraph();
        PrefixMapping prefixes = PrefixMapping.Factory.create();
        StatementRecorder recorder = new StatementRecorder();
        TurtleFileParser parser = new TurtleFileParser(new MessageTranslator());
        List<Path> files = source.dataFiles().stream().filter(f -> !unreadable.contains(f)).toList();
        if (files.isEmpty() && unreadable.isEmpty()) {
            throw new SecplanException("plan directory '" + planDirectory + "' holds no *.ttl files");
        }
        List<String> unreadTexts = new ArrayList<>();
        for (Path file : files) {
            TurtleFileParser.Outcome outcome = parser.parse(file, source.relative(file), data, prefixes, recorder);
            problems.addAll(outcome.problems());
            if (outcome.stoppedEarly()) {
                unreadTexts.add(readQuietly(file));
            }
        }
        ReferenceChecker references = new ReferenceChecker(data, ontology, prefixes);
        problems.addAll(references.duplicateIdentifiers(recorder.identifiers()));
        // A syntax error leaves the rest of its file unread: an entity that file names may well be defined
        // there, and reporting it as undefined would bury the one real problem under dozens of false ones.
        problems.addAll(references.undefinedReferences(recorder.references(),
                iri -> unreadTexts.stream().anyMatch(text -> text.contains(ReferenceChecker.localName(iri)))));
        SourceIndex sources = recorder.index();
        problems.addAll(new CycleFinder(data, sources, references).cycles());
        if (!problems.isEmpty()) {
            throw new PlanLoadException(problems);
        }
        return new PlanGraph(source.directory(), config, data, ontology, sources, prefixes, executor);
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SecplanException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private PlanConfig readConfig(PlanSource source, List<PlanProblem> problems) {
        try {
            return configReader.read(source.directory().resolve(PlanConfig.FILE_NAME), PlanConfig.FILE_NAME);
        } catch (ConfigException e) {
            for (ConfigProblem p : e.problems()) {
                problems.add(new PlanProblem(new SourceLocation(e.file(), p.line(), p.column()), p.message()));
            }
            return PlanConfig.defaults();
        }
    }

    /**
     * The bundled ontology, parsed the first time a plan is loaded and shared by every plan this loader loads
     * (each plan graph only reads it, through a read-only wrapper).
     */
    public synchronized Graph ontology() {
        if (ontology == null) {
            ontology = loadOntology();
        }
        return ontology;
    }

    /** The bundled ontology files merged into one graph. A broken file there is secplan's fault, not the user's. */
    Graph loadOntology() {
        Graph ontology = GraphFactory.createDefaultGraph();
        for (BundledResources.Resource r : resources.list("secplan/ontology", ".ttl")) {
            try {
                RDFParser.fromString(r.text(), Lang.TURTLE).base("https://w3id.org/secplan/").parse(ontology);
            } catch (RiotException e) {
                throw new IllegalStateException("the bundled ontology file " + r.path() + " is broken: "
                        + e.getMessage(), e);
            }
        }
        return ontology;
    }
}
