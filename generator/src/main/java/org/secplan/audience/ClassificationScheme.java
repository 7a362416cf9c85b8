package org.secplan.audience;

import org.secplan.plan.Vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * The ordered classification levels of a plan, and its default level.
 *
 * <p>Read from the plan: the scheme is the plan's {@code sp:classificationScheme}, else
 * {@code spk:classification-levels}; its levels are the concepts {@code skos:inScheme} it with an integer
 * {@code sp:rank}. The default level is the plan's {@code sp:defaultClassification}. Without one the default fails
 * closed to the highest level, as it does when it names something that is not a level: what a plan forgot to
 * classify is never published to a lower audience by omission (the check {@code plan-has-default-classification}
 * says so).
 */
public final class ClassificationScheme {

    /** The shipped default scheme, used when neither the plan nor the loaded ontology provides levels. */
    private static final List<ClassificationLevel> BUILT_IN = List.of(
            new ClassificationLevel(Vocabulary.SPK + "class-public", "Public", 0),
            new ClassificationLevel(Vocabulary.SPK + "class-internal", "Internal", 1),
            new ClassificationLevel(Vocabulary.SPK + "class-restricted", "Restricted", 2),
            new ClassificationLevel(Vocabulary.SPK + "class-secret", "Secret", 3));

    private final String iri;
    private final List<ClassificationLevel> levels;
    private final Map<String, ClassificationLevel> byIri;
    private final ClassificationLevel defaultLevel;
    private final boolean defaultFailedClosed;
    private final boolean defaultDeclared;
    private final String plan;

    private ClassificationScheme(String iri, List<ClassificationLevel> levels, List<String> defaultIris, String plan) {
        this.iri = iri;
        this.plan = plan;
        List<ClassificationLevel> sorted = new ArrayList<>(levels);
        sorted.sort(Comparator.comparingInt(ClassificationLevel::rank).thenComparing(ClassificationLevel::iri));
        this.levels = List.copyOf(sorted);
        Map<String, ClassificationLevel> index = new LinkedHashMap<>();
        for (ClassificationLevel level : this.levels) {
            index.put(level.iri(), level);
        }
        this.byIri = index;
        ClassificationLevel chosen = null;
        boolean unknown = false;
        for (String defaultIri : defaultIris) {
            ClassificationLevel declared = index.get(defaultIri);
            unknown |= declared == null;
            if (declared != null && (chosen == null || declared.isAbove(chosen))) {
                chosen = declared;
            }
        }
        // several declared defaults: the most sensitive wins; any unknown one, or none at all: fail closed
        this.defaultFailedClosed = unknown;
        this.defaultDeclared = !defaultIris.isEmpty();
        this.defaultLevel = unknown || chosen == null ? highest() : chosen;
    }

    /**
     * A scheme built from explicit levels (for tests and callers that do not read a plan); without a default level
     * the default is the highest.
     */
    public static ClassificationScheme of(String iri, List<ClassificationLevel> levels, String defaultLevelIri) {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a classification scheme needs at least one level: " + iri);
        }
        return new ClassificationScheme(iri, levels, defaultLevelIri == null ? List.of() : List.of(defaultLevelIri),
                null);
    }

    /** The shipped four-level scheme with no default level declared (so the default is the highest, secret). */
    public static ClassificationScheme builtIn() {
        return new ClassificationScheme(Vocabulary.DEFAULT_SCHEME.getURI(), BUILT_IN, List.of(), null);
    }

    /**
     * Reads the scheme of the plan in {@code graph} (plan data merged with the ontology). When several
     * {@code sp:SecurityPlan}s are present the top one (not a supporting plan of another) decides; ties go to
     * the smallest IRI so the result is repeatable. A declared scheme without ranked levels falls back to
     * the default scheme, whose levels then make every reference to the declared scheme unknown (fail closed).
     */
    public static ClassificationScheme read(Graph graph) {
        Node plan = topPlan(graph);
        Node schemeNode = plan == null ? null : first(graph, plan, Vocabulary.CLASSIFICATION_SCHEME);
        List<String> defaultIris = new ArrayList<>();
        if (plan != null) {
            graph.find(plan, Vocabulary.DEFAULT_CLASSIFICATION, Node.ANY).forEachRemaining(t ->
                    // a literal or blank default can never be a level: a marker that resolves to nothing
                    defaultIris.add(t.getObject().isURI() ? t.getObject().getURI() : "urn:secplan:not-a-level"));
        }
        if (schemeNode != null && schemeNode.isURI()) {
            List<ClassificationLevel> levels = levelsOf(graph, schemeNode);
            if (!levels.isEmpty()) {
                return new ClassificationScheme(schemeNode.getURI(), levels, defaultIris, planIri(plan));
            }
        }
        List<ClassificationLevel> shipped = levelsOf(graph, Vocabulary.DEFAULT_SCHEME);
        return new ClassificationScheme(Vocabulary.DEFAULT_SCHEME.getURI(), shipped.isEmpty() ? BUILT_IN : shipped,
                defaultIris, planIri(plan));
    }

    public String iri() {
        return iri;
    }

    /** Levels from least to most sensitive. */
    public List<ClassificationLevel> levels() {
        return levels;
    }

    public ClassificationLevel lowest() {
        return levels.get(0);
    }

    public ClassificationLevel highest() {
        return levels.get(levels.size() - 1);
    }

    /**
     * The level of an entity or narrative page that declares none: the plan's {@code sp:defaultClassification}, else
     * the highest level.
     */
    public ClassificationLevel defaultLevel() {
        return defaultLevel;
    }

    /** True when the plan declares a default level ({@code sp:defaultClassification}), whether known or not. */
    public boolean defaultDeclared() {
        return defaultDeclared;
    }

    /**
     * The plan whose {@code sp:classificationScheme} and {@code sp:defaultClassification} decide (the top plan); empty
     * when the graph holds no {@code sp:SecurityPlan} with an IRI.
     */
    public Optional<String> plan() {
        return Optional.ofNullable(plan);
    }

    /** True when the plan's declared default level is not a level of this scheme (so the default is the highest). */
    public boolean defaultFailedClosed() {
        return defaultFailedClosed;
    }

    public Optional<ClassificationLevel> level(String levelIri) {
        return Optional.ofNullable(byIri.get(levelIri));
    }

    /**
     * Resolves a level written by hand, e.g. a page's {@code :classification:} attribute: the full IRI, the
     * IRI's local name ({@code class-restricted}), that name without its {@code class-} prefix, or the label,
     * case-insensitively.
     */
    public Optional<ClassificationLevel> resolve(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String wanted = token.strip();
        ClassificationLevel exact = byIri.get(wanted);
        if (exact != null) {
            return Optional.of(exact);
        }
        String lower = wanted.toLowerCase(Locale.ROOT);
        if (lower.startsWith("spk:")) {
            lower = lower.substring(4);
        }
        for (ClassificationLevel level : levels) {
            String local = localName(level.iri()).toLowerCase(Locale.ROOT);
            if (lower.equals(local) || lower.equals(level.label().toLowerCase(Locale.ROOT))
                    || (local.startsWith("class-") && lower.equals(local.substring(6)))) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** Like {@link #resolve} but fails closed: an unknown or missing token is the highest level. */
    public ClassificationLevel resolveOrHighest(String token) {
        return resolve(token).orElse(highest());
    }

    private static List<ClassificationLevel> levelsOf(Graph graph, Node scheme) {
        Map<Node, ClassificationLevel> found = new LinkedHashMap<>();
        for (Node membership : List.of(Vocabulary.IN_SCHEME, Vocabulary.TOP_CONCEPT_OF)) {
            graph.find(Node.ANY, membership, scheme).forEachRemaining(t -> {
                Node concept = t.getSubject();
                if (concept.isURI() && !found.containsKey(concept)) {
                    Integer rank = rankOf(graph, concept);
                    if (rank != null) {
                        found.put(concept, new ClassificationLevel(concept.getURI(), labelOf(graph, concept), rank));
                    }
                }
            });
        }
        return new ArrayList<>(found.values());
    }

    private static Integer rankOf(Graph graph, Node concept) {
        Node rank = first(graph, concept, Vocabulary.RANK);
        if (rank == null || !rank.isLiteral() || !(rank.getLiteralValue() instanceof Number number)) {
            return null;
        }
        return number.intValue();
    }

    static String labelOf(Graph graph, Node node) {
        for (Node property : List.of(Vocabulary.PREF_LABEL, Vocabulary.LABEL)) {
            String best = null;
            for (Triple t : graph.find(node, property, Node.ANY).toList()) {
                if (!t.getObject().isLiteral()) {
                    continue;
                }
                String lang = t.getObject().getLiteralLanguage();
                String text = t.getObject().getLiteralLexicalForm();
                if (lang.isEmpty() || lang.startsWith("en")) {
                    return text;
                }
                if (best == null) {
                    best = text;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return node.isURI() ? localName(node.getURI()) : node.toString();
    }

    private static String planIri(Node plan) {
        return plan != null && plan.isURI() ? plan.getURI() : null;
    }

    static Node topPlan(Graph graph) {
        List<Node> plans = new ArrayList<>();
        graph.find(Node.ANY, Vocabulary.TYPE, Vocabulary.SECURITY_PLAN).forEachRemaining(t -> {
            Node plan = t.getSubject();
            if (!graph.contains(Node.ANY, Vocabulary.SUPPORTING_PLAN, plan)) {
                plans.add(plan);
            }
        });
        if (plans.isEmpty()) {
            graph.find(Node.ANY, Vocabulary.TYPE, Vocabulary.SECURITY_PLAN).forEachRemaining(t -> plans.add(t.getSubject()));
        }
        return plans.stream().min(Comparator.comparing(Node::toString)).orElse(null);
    }

    static Node first(Graph graph, Node subject, Node property) {
        // deterministic when a property is (wrongly) repeated: smallest value wins
        return graph.find(subject, property, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .min(Comparator.comparing(Node::toString)).orElse(null);
    }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), Math.max(iri.lastIndexOf('/'), iri.lastIndexOf(':')));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    @Override
    public String toString() {
        return "ClassificationScheme[" + iri + " " + levels + " default=" + defaultLevel.iri() + "]";
    }
}
