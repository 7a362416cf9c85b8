package org.secplan.check;

import org.secplan.base.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.secplan.base.BundledResources;
import org.secplan.base.SecplanException;
import org.secplan.plan.PlanLoadException;
import org.secplan.plan.PlanProblem;
import org.secplan.plan.SourceLocation;
import org.secplan.plan.Vocabulary;
import org.secplan.query.FactCatalog;
import org.secplan.query.QueryRejectedException;
import org.secplan.query.RqHeader;
import org.secplan.query.SafeQueryExecutor;

/**
 * Reads check files: {@code <id>.rq} (SPARQL with a {@code # id/clause/severity/title} header) and
 * {@code <id>.ttl} (one SHACL shape with {@code sp:checkId}, {@code sp:clause}, {@code sh:severity},
 * {@code rdfs:label}, {@code sh:message}). A plan's own check may declare its classification level
 * ({@code # classification: secret}, {@code sp:classification} on the shape); see {@link CheckClassification}.
 * Every problem in every file is collected before failing.
 */
public final class CheckLoader {

    private final SafeQueryExecutor executor;
    private final FactCatalog facts;

    /** @param facts the plan facts a SPARQL check may use with a {@code FACT <name>} line */
    public CheckLoader(SafeQueryExecutor executor, FactCatalog facts) {
        this.executor = executor;
        this.facts = facts;
    }

    /**
     * The built-in checks written in Java: where a query would be too slow on large plans, must ask the very rule
     * need-to-know follows, or reads the plan's files rather than its graph.
     */
    public static List<Check> nativeChecks() {
        return List.of(new QuotationLeakCheck(), new DefaultClassificationCheck(), new EndorsedContentCheck());
    }

    /** secplan's own checks; a broken one is secplan's fault and fails as an internal error. */
    public List<Check> builtIn(BundledResources resources) {
        List<Check> checks = new ArrayList<>();
        List<PlanProblem> problems = new ArrayList<>();
        for (BundledResources.Resource r : resources.list("secplan/checks", ".rq", ".ttl")) {
            read(r.name(), r.path(), r.text(), false, problems).ifPresent(checks::add);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("secplan's bundled checks are broken:\n" + problems.stream()
                    .map(PlanProblem::toString).collect(Collectors.joining("\n")));
        }
        return checks;
    }

    /** A plan's own checks in {@code folder} (named {@code displayPrefix} in messages, e.g. {@code checks/}). */
    public List<Check> fromFolder(Path folder, String displayPrefix) {
        if (!Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return List.of(); // a linked folder is no plan's own: loading the plan reports the link
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> p.getFileName().toString().endsWith(".rq")
                            || p.getFileName().toString().endsWith(".ttl"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Check> checks = new ArrayList<>();
        List<PlanProblem> problems = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                read(name, displayPrefix + name, Files.readString(file, StandardCharsets.UTF_8), true, problems)
                        .ifPresent(checks::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanLoadException(problems);
        }
        return checks;
    }

    /** @param planDefined true for a plan's own check, which is plan content with a classification level */
    private Optional<Check> read(String fileName, String origin, String text, boolean planDefined,
                                 List<PlanProblem> allProblems) {
        List<PlanProblem> problems = new ArrayList<>();
        String expectedId = fileName.substring(0, fileName.lastIndexOf('.'));
        Optional<Check> check = fileName.endsWith(".rq")
                ? readSparql(expectedId, origin, text, planDefined, problems)
                : readShacl(expectedId, origin, text, planDefined, problems);
        allProblems.addAll(problems);
        return problems.isEmpty() ? check : Optional.empty();
    }

    private Optional<Check> readSparql(String expectedId, String origin, String text, boolean planDefined,
                                       List<PlanProblem> problems) {
        RqHeader header = RqHeader.parse(text);
        String id = header.get("id").orElse(expectedId);
        if (!id.equals(expectedId)) {
            problems.add(problem(origin, header.lineOf("id"), "the check id '" + id
                    + "' differs from the file name; name the file " + id + ".rq"));
        }
        Optional<String> clause = header.get("clause");
        if (clause.isEmpty()) {
            problems.add(problem(origin, 1, "missing header line '# clause: <clause number, e.g. 5.3.5>'"));
        }
        Optional<Severity> severity = severity(header, origin, problems);
        String title = header.get("title").orElse(id);
        if (header.repeated().contains("classification")) {
            // which line would count is a guess a reader should not have to make: one level, one line
            problems.add(problem(origin, header.lineOf("classification"), "the header declares its classification "
                    + "more than once; keep one '# classification: <level>' line"));
        }
        CheckClassification classification = !planDefined ? CheckClassification.SECPLAN
                : header.get("classification").map(level -> CheckClassification.declared(level,
                        new SourceLocation(origin, header.lineOf("classification"), 1)))
                        .orElse(CheckClassification.planDefault());
        Query query = null;
        try {
            query = executor.parse(facts.expand(text));
            if (!query.isSelectType()) {
                problems.add(problem(origin, 1, "a SPARQL check must be a SELECT projecting ?focus and ?message"));
            } else if (query.getProjectVars().stream().noneMatch(v -> v.getVarName().equals("focus"))) {
                problems.add(problem(origin, 1, "a SPARQL check must project ?focus (the entity concerned)"));
            }
        } catch (QueryRejectedException e) {
            problems.add(e.line() > 0
                    ? new PlanProblem(new SourceLocation(origin, e.line(), Math.max(1, e.column())), e.reason())
                    : problem(origin, 1, e.getMessage()));
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SparqlCheck(new CheckInfo(id, clause.get(), severity.get(), title, CheckInfo.SPARQL,
                classification), origin, query));
    }

    private static Optional<Severity> severity(RqHeader header, String origin, List<PlanProblem> problems) {
        Optional<String> text = header.get("severity");
        if (text.isEmpty()) {
            problems.add(problem(origin, 1, "missing header line '# severity: ERROR|WARNING|INFO'"));
            return Optional.empty();
        }
        Optional<Severity> severity = Severity.parse(text.get());
        if (severity.isEmpty()) {
            problems.add(problem(origin, header.lineOf("severity"), "severity must be ERROR, WARNING or INFO, but is '"
                    + text.get() + "'"));
        }
        return severity;
    }

    private Optional<Check> readShacl(String expectedId, String origin, String text, boolean planDefined,
                                      List<PlanProblem> problems) {
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.fromString(text, Lang.TURTLE).base("https://w3id.org/secplan/check/")
                    .errorHandler(new org.apache.jena.riot.system.ErrorHandler() {
                        @Override
                        public void warning(String message, long line, long col) {
                        }

                        @Override
                        public void error(String message, long line, long col) {
                            throw new RiotParseException(message, line, col);
                        }

                        @Override
                        public void fatal(String message, long line, long col) {
                            throw new RiotParseException(message, line, col);
                        }
                    })
                    .parse(graph);
        } catch (RiotParseException e) {
            problems.add(new PlanProblem(new SourceLocation(origin, (int) Math.max(1, e.getLine()),
                    (int) Math.max(1, e.getCol())), e.getOriginalMessage()));
            return Optional.empty();
        } catch (RiotException e) {
            problems.add(problem(origin, 1, String.valueOf(e.getMessage())));
            return Optional.empty();
        }
        List<Node> shapes = graph.find(Node.ANY, Vocabulary.CHECK_ID, Node.ANY).mapWith(Triple::getSubject).toList();
        if (shapes.size() != 1) {
            problems.add(problem(origin, 1, "a SHACL check must declare exactly one shape with sp:checkId, found "
                    + shapes.size()));
            return Optional.empty();
        }
        Node shape = shapes.get(0);
        String id = literal(graph, shape, Vocabulary.CHECK_ID).orElse(expectedId);
        if (!id.equals(expectedId)) {
            problems.add(problem(origin, 1, "the check id '" + id + "' differs from the file name; name the file "
                    + id + ".ttl"));
        }
        Optional<String> clause = object(graph, shape, Vocabulary.CLAUSE_PROPERTY).map(CheckLoader::clauseNumber);
        if (clause.isEmpty()) {
            problems.add(problem(origin, 1, "the shape lacks sp:clause (e.g. sp:clause clause:5.3.5)"));
        }
        Optional<Severity> severity = object(graph, shape, SHACL.severity).flatMap(CheckLoader::shaclSeverity);
        if (severity.isEmpty()) {
            problems.add(problem(origin, 1, "the shape lacks sh:severity sh:Violation, sh:Warning or sh:Info"));
        }
        String title = literal(graph, shape, RDFS.label.asNode()).orElse(id);
        Optional<String> message = literal(graph, shape, SHACL.message);
        CheckClassification classification = shapeClassification(graph, shape, origin, text, planDefined, problems);
        Shapes parsed = null;
        try {
            parsed = Shapes.parse(graph);
        } catch (RuntimeException e) {
            problems.add(problem(origin, 1, "the SHACL shape is not valid: " + e.getMessage()));
        }
        ShapeQueryVetting.refusals(graph, executor)
                .forEach(r -> problems.add(problem(origin, lineOfQuery(text, r.query()), r.message())));
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ShaclCheck(new CheckInfo(id, clause.get(), severity.get(), title, CheckInfo.SHACL,
                classification), origin, parsed, message));
    }

    /** The shape's {@code sp:classification}: an IRI of a level, or a level's name written as a literal. */
    private static CheckClassification shapeClassification(Graph graph, Node shape, String origin, String text,
                                                           boolean planDefined, List<PlanProblem> problems) {
        if (!planDefined) {
            return CheckClassification.SECPLAN;
        }
        List<Node> levels = graph.find(shape, Vocabulary.CLASSIFICATION, Node.ANY).mapWith(Triple::getObject).toList();
        if (levels.isEmpty()) {
            return CheckClassification.planDefault();
        }
        int line = lineMentioning(text, "classification");
        if (levels.size() > 1) {
            problems.add(problem(origin, line, "the shape declares " + levels.size() + " classification levels; "
                    + "declare one sp:classification"));
        }
        Node level = levels.get(0);
        // a blank node names no level: written as it is, it resolves to nothing and fails closed
        String written = level.isURI() ? level.getURI() : level.isLiteral() ? level.getLiteralLexicalForm()
                : level.toString();
        return CheckClassification.declared(written, new SourceLocation(origin, line, 1));
    }

    /**
     * The first line of {@code text} outside a comment that holds {@code word}, for a position the RDF parser does
     * not keep; else 1.
     */
    private static int lineMentioning(String text, String word) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(word) && !lines[i].strip().startsWith("#")) {
                return i + 1;
            }
        }
        return 1;
    }

    private static Optional<Node> object(Graph graph, Node subject, Node predicate) {
        return graph.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .sorted(java.util.Comparator.comparing(Node::toString)).findFirst();
    }

    private static Optional<String> literal(Graph graph, Node subject, Node predicate) {
        return graph.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).sorted().findFirst();
    }

    static String clauseNumber(Node clause) {
        if (clause.isURI() && clause.getURI().startsWith(Vocabulary.CLAUSE)) {
            return clause.getURI().substring(Vocabulary.CLAUSE.length());
        }
        return clause.isLiteral() ? clause.getLiteralLexicalForm() : clause.toString();
    }

    private static Optional<Severity> shaclSeverity(Node node) {
        if (node.equals(SHACL.Violation)) {
            return Optional.of(Severity.ERROR);
        }
        if (node.equals(SHACL.Warning)) {
            return Optional.of(Severity.WARNING);
        }
        if (node.equals(SHACL.Info)) {
            return Optional.of(Severity.INFO);
        }
        return node.isLiteral() ? Severity.parse(node.getLiteralLexicalForm().toUpperCase(Locale.ROOT))
                : Optional.empty();
    }

    /** The line of the shape's file where a query starts: the first line holding its first line of text; else 1. */
    static int lineOfQuery(String file, String query) {
        String first = query.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        if (first.isEmpty()) {
            return 1;
        }
        String[] lines = file.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(first)) {
                return i + 1;
            }
        }
        return 1;
    }

    private static PlanProblem problem(String origin, int line, String message) {
        return new PlanProblem(new SourceLocation(origin, line, 1), message);
    }

    /** For messages that name a check's file. */
    static SecplanException duplicate(String id, String first, String second) {
        return new SecplanException(second + ": a check named '" + id + "' already exists (" + first + ")");
    }
}
