package org.secplan.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LangTurtle;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.RiotLib;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.tokens.Tokenizer;
import org.apache.jena.riot.tokens.TokenizerText;
import org.apache.jena.shared.PrefixMapping;

/**
 * Parses one Turtle file with RIOT into a graph, recording positions and every problem. A syntax error ends the
 * parse of that file (Turtle cannot be resynchronised reliably); the triples read before it are kept.
 */
final class TurtleFileParser {

    /** Relative IRIs in plan files resolve against this, never against a file: IRI of someone's home directory. */
    static final String BASE = "https://plan.secplan.invalid/";

    private final MessageTranslator translator;

    TurtleFileParser(MessageTranslator translator) {
        this.translator = translator;
    }

    /**
     * Adds the triples of {@code file} to {@code target}, its prefixes to {@code prefixes}, tells {@code listener}
     * about each statement and returns the problems found, and whether a syntax error stopped the parse early.
     */
    Outcome parse(Path file, String relativeName, Graph target, PrefixMapping prefixes,
                            StatementListener listener) {
        ProblemCollector problems = new ProblemCollector(relativeName, translator);
        PositionRecordingProfile profile = new PositionRecordingProfile(relativeName, RiotLib.factoryRDF(), problems,
                IRIxResolver.create().base(BASE + relativeName).resolve(true).allowRelative(false).build(),
                PrefixMapFactory.create(), RIOT.getContext().copy(), listener);
        try (InputStream in = Files.newInputStream(file)) {
            Tokenizer tokenizer = TokenizerText.create().source(in).errorHandler(problems).build();
            new LangTurtle(tokenizer, profile, new Sink(target, prefixes)).parse();
        } catch (RiotParseException e) {
            problems.fatalIfNew(e.getOriginalMessage(), e.getLine(), e.getCol());
            return new Outcome(problems.problems(), true);
        } catch (RiotException e) {
            problems.fatalIfNew(e.getMessage(), 1, 1);
            return new Outcome(problems.problems(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + relativeName, e);
        }
        return new Outcome(problems.problems(), false);
    }

    /** The problems found in one file; {@code stoppedEarly} when a syntax error left the rest of it unread. */
    record Outcome(List<PlanProblem> problems, boolean stoppedEarly) {
    }

    private static final class Sink extends StreamRDFBase {
        private final Graph target;
        private final PrefixMapping prefixes;

        Sink(Graph target, PrefixMapping prefixes) {
            this.target = target;
            this.prefixes = prefixes;
        }

        @Override
        public void triple(Triple triple) {
            target.add(triple);
        }

        @Override
        public void prefix(String prefix, String iri) {
            if (prefixes.getNsPrefixURI(prefix) == null) {
                prefixes.setNsPrefix(prefix, iri);
            }
        }
    }
}
