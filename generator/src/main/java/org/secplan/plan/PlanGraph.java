package org.secplan.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.secplan.config.PlanConfig;
import org.secplan.query.QueryResult;
import org.secplan.query.SafeQueryExecutor;

/**
 * A loaded plan, read-only: the plan's own statements merged with the ontology, entity lookup by IRI and
 * identifier, where each entity is written, and safe queries. Built by {@link PlanLoader}.
 */
public final class PlanGraph {

    private final Path directory;
    private final PlanConfig config;
    private final Graph planData;
    private final Graph ontology;
    private final Graph union;
    private final SourceIndex sources;
    private final PrefixMapping prefixes;
    private final SafeQueryExecutor executor;
    private final List<Entity> entities;
    /** What other packages derive from this (immutable) plan once, by key: see {@link #derived}. */
    private final Map<String, Object> derived = new HashMap<>();
    private final Map<String, Entity> byIri = new HashMap<>();
    private final Map<String, Entity> byIdentifier = new HashMap<>();

    PlanGraph(Path directory, PlanConfig config, Graph planData, Graph ontology, SourceIndex sources,
              PrefixMapping prefixes, SafeQueryExecutor executor) {
        this.directory = directory;
        this.config = config;
        this.sources = sources;
        this.executor = executor;
        this.prefixes = PrefixMapping.Factory.create().setNsPrefixes(standardPrefixes()).setNsPrefixes(prefixes).lock();
        this.planData = new GraphReadOnly(planData);
        this.ontology = new GraphReadOnly(ontology);
        Graph merged = GraphFactory.createDefaultGraph();
        ontology.find().forEach(merged::add);
        planData.find().forEach(merged::add);
        merged.getPrefixMapping().setNsPrefixes(this.prefixes);
        this.union = new GraphReadOnly(merged);
        this.entities = collectEntities();
        for (Entity e : entities) {
            byIri.put(e.iri(), e);
            byIdentifier.putIfAbsent(e.identifier(), e);
        }
    }

    /**
     * A value derived from this plan — the plan is immutable, so it is computed once and kept with the plan (the
     * content digest and the endorsement state, which the checks, the editions and their findings all ask for).
     * {@code compute} may take a while and is not called while a lock is held.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(String key, java.util.function.Function<PlanGraph, T> compute) {
        synchronized (derived) {
            if (derived.containsKey(key)) {
                return (T) derived.get(key);
            }
        }
        T value = compute.apply(this);
        synchronized (derived) {
            derived.putIfAbsent(key, value);
            return (T) derived.get(key);
        }
    }

    public Path directory() {
        return directory;
    }

    public PlanConfig config() {
        return config;
    }

    /** Every subject of the plan data with a {@code dcterms:identifier}, sorted by identifier. */
    public List<Entity> entities() {
        return entities;
    }

    public Optional<Entity> entity(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    public Optional<Entity> byIdentifier(String identifier) {
        return Optional.ofNullable(byIdentifier.get(identifier));
    }

    /** Where the subject (an IRI, or {@code _:label}) is first stated. */
    public Optional<SourceLocation> sourceOf(String iri) {
        return sources.locate(iri);
    }

    /** Runs a read-only, time-limited SELECT (or ASK/CONSTRUCT/DESCRIBE) over the plan and the ontology. */
    public QueryResult select(String sparql) {
        return executor.execute(dataset(), sparql, Map.of());
    }

    /** The plan merged with the ontology, read-only. For the plan, query, check and export packages. */
    public Model model() {
        return ModelFactory.createModelForGraph(union);
    }

    /** The plan merged with the ontology, read-only, as a graph. */
    public Graph graph() {
        return union;
    }

    /** Only the plan's own statements, read-only. */
    public Graph planData() {
        return planData;
    }

    /** How many statements the plan itself makes (without the ontology). */
    public long planStatementCount() {
        return planData().size();
    }

    /** How many statements the plan and the ontology make together. */
    public long statementCount() {
        return graph().size();
    }

    /** Only the bundled ontology, read-only. */
    public Graph ontology() {
        return ontology;
    }

    /** A dataset whose default graph is this plan merged with the ontology. */
    public DatasetGraph dataset() {
        return DatasetGraphFactory.wrap(union);
    }

    /** A dataset with this plan as default graph and {@code previous} in the named graph {@code <urn:secplan:previous>}. */
    public DatasetGraph datasetWithPrevious(PlanGraph previous) {
        DatasetGraph ds = DatasetGraphFactory.createGeneral(union);
        ds.addGraph(NodeFactory.createURI(Vocabulary.PREVIOUS_GRAPH), previous.graph());
        return ds;
    }

    /**
     * The same plan seen through a filtered copy of its own statements (an audience's view, made by
     * {@code org.secplan.audience}): same directory, config, ontology, source index and query executor;
     * entities, lookups and queries answer from {@code planDataView} only.
     */
    public PlanGraph restrictedTo(Graph planDataView) {
        return new PlanGraph(directory, config, planDataView, ontology, sources, planDataView.getPrefixMapping(),
                executor);
    }

    /** True when the plan's own files state something about {@code node}. */
    public boolean isPlanSubject(Node node) {
        return planData.contains(node, Node.ANY, Node.ANY);
    }

    /** The prefixes declared by the plan's files (plus secplan's), prefix → namespace, sorted. */
    public Map<String, String> prefixes() {
        return Collections.unmodifiableMap(new TreeMap<>(prefixes.getNsPrefixMap()));
    }

    /** An IRI written with the plan's prefixes where one fits, e.g. {@code sp:Risk}. */
    public String shortForm(String iri) {
        return prefixes.shortForm(iri);
    }

    /** The title of a clause of ISO 22342 by its number (e.g. {@code 5.3.5}), from the ontology. */
    public Optional<String> clauseTitle(String clauseNumber) {
        return clauseTitle(ontology, clauseNumber);
    }

    /** The title of a clause of ISO 22342 by its number, from {@code ontology}. */
    public static Optional<String> clauseTitle(Graph ontology, String clauseNumber) {
        Node clause = NodeFactory.createURI(Vocabulary.CLAUSE + clauseNumber);
        return ontology.find(clause, Vocabulary.LABEL, Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                .sorted().findFirst();
    }

    private List<Entity> collectEntities() {
        List<Entity> result = new ArrayList<>();
        planData.find(Node.ANY, Vocabulary.IDENTIFIER, Node.ANY).toList().stream()
                .map(Triple::getSubject).distinct().forEach(subject -> result.add(toEntity(subject)));
        result.sort(Comparator.comparing(Entity::identifier).thenComparing(Entity::iri));
        return List.copyOf(result);
    }

    private Entity toEntity(Node subject) {
        String iri = subject.isURI() ? subject.getURI() : "_:" + subject.getBlankNodeLabel();
        String identifier = firstLiteral(subject, Vocabulary.IDENTIFIER).orElse(iri);
        String label = firstLiteral(subject, Vocabulary.LABEL).orElse(identifier);
        List<String> types = planData.find(subject, Vocabulary.TYPE, Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isURI).map(Node::getURI).sorted().distinct().toList();
        return new Entity(iri, identifier, label, types, sources.locate(subject).orElse(null));
    }

    /** The first literal value, preferring no language tag or English, then the lexically smallest. */
    private Optional<String> firstLiteral(Node subject, Node predicate) {
        return planData.find(subject, predicate, Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isLiteral)
                .sorted(Comparator.comparing((Node n) -> languageRank(n.getLiteralLanguage()))
                        .thenComparing(Node::getLiteralLexicalForm))
                .map(Node::getLiteralLexicalForm).findFirst();
    }

    private static int languageRank(String language) {
        if (language == null || language.isEmpty()) {
            return 0;
        }
        return language.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? 1 : 2;
    }

    /** Information about one entity by node, for building findings. */
    public Optional<Entity> entity(Node node) {
        if (node.isURI()) {
            return entity(node.getURI());
        }
        if (node.isBlank()) {
            return entity("_:" + node.getBlankNodeLabel());
        }
        return Optional.empty();
    }

    private static Map<String, String> standardPrefixes() {
        Map<String, String> p = new HashMap<>();
        p.put("sp", Vocabulary.SP);
        p.put("spk", Vocabulary.SPK);
        p.put("clause", Vocabulary.CLAUSE);
        p.put("chk", Vocabulary.CHK);
        return p;
    }
}
