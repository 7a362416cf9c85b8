package org.secplan.site;

import org.secplan.plan.Vocabulary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.secplan.plan.Entity;
import org.secplan.query.QueryResult;
import org.secplan.query.Term;

import static org.secplan.plan.Vocabulary.sp;

/**
 * The plan as the site needs it, read once through a handful of SPARQL queries: every plan entity's statements,
 * the links pointing at it, labels, ranks, scales, the risk matrix and the clauses. Immutable after construction;
 * everything it returns is in a stable order.
 */
public final class PlanIndex {

    /** A statement linking two plan things, seen from either end. */
    public record Link(String subject, String property, String object) {
    }

    /** An ISO 22342 clause individual. */
    public record ClauseInfo(String iri, String number, String title, String partOf) {
    }

    /** Stands for anything withheld from an audience's edition; shown only as the neutral word "withheld". */
    public static final String WITHHELD = Vocabulary.BASE + "ns#Withheld";

    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, Entity> byIdentifier = new HashMap<>();
    private final Map<String, Map<String, List<Term>>> props = new HashMap<>();
    private final Map<String, Map<String, List<Term>>> blanks = new HashMap<>();
    private final Map<String, List<Link>> incoming = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, String> definitions = new HashMap<>();
    private final Map<String, Integer> ranks = new HashMap<>();
    private final Map<String, Set<String>> superClasses = new HashMap<>();
    private final Map<String, String> schemeOf = new HashMap<>();
    private final Map<String, String> broader = new HashMap<>();
    private final Map<String, ClauseInfo> clauses = new TreeMap<>(PlanIndex::compareClauseIris);
    private final Map<String, Map<String, String>> matrices = new HashMap<>();
    private final LocalDate asOf;
    private final GraphReader graph;
    private final PlanFacts facts;

    private PlanIndex(GraphReader graph, LocalDate asOf, PlanFacts facts) {
        this.graph = graph;
        this.asOf = asOf;
        this.facts = facts;
    }

    /**
     * Reads the plan. {@code asOf} is the date against which due dates and reviews are judged; {@code facts} are
     * what the checks judge the whole plan by (levels, overdue, effective, classification), which the site shows.
     */
    public static PlanIndex read(GraphReader graph, LocalDate asOf, PlanFacts facts) {
        PlanIndex index = new PlanIndex(graph, asOf, facts);
        index.load();
        return index;
    }

    public GraphReader graph() {
        return graph;
    }

    public LocalDate asOf() {
        return asOf;
    }

    private void load() {
        List<Entity> all = new ArrayList<>(graph.entities());
        all.removeIf(e -> e.iri().startsWith(Vocabulary.BASE));
        all.sort(Comparator.comparing(Entity::identifier, PlanIndex::naturalCompare).thenComparing(Entity::iri));
        for (Entity e : all) {
            entities.put(e.iri(), e);
            byIdentifier.putIfAbsent(e.identifier(), e);
        }
        QueryResult statements = graph.select(Vocabulary.PREFIXES + """
                SELECT ?s ?p ?o ?bp ?bo WHERE {
                  ?s dcterms:identifier ?sid .
                  FILTER(!STRSTARTS(STR(?s), "https://w3id.org/secplan/"))
                  ?s ?p ?o .
                  OPTIONAL { FILTER(isBlank(?o)) ?o ?bp ?bo }
                }""");
        for (Map<String, Term> row : statements.rows()) {
            Term s = row.get("s");
            Term p = row.get("p");
            Term o = row.get("o");
            if (s == null || p == null || o == null || !s.isIri()) {
                continue;
            }
            add(props, s.value(), p.value(), o);
            Term bp = row.get("bp");
            Term bo = row.get("bo");
            if (o.kind() == Term.Kind.BLANK && bp != null && bo != null) {
                add(blanks, o.value(), bp.value(), bo);
            }
        }
        // Blank nodes get new labels on every load: order them by what they say, so that two renders of
        // the same plan list a role's competences (and the like) in the same order.
        Map<String, String> blankContent = new HashMap<>();
        blanks.forEach((id, byPredicate) -> blankContent.put(id, new TreeMap<>(byPredicate).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().stream().map(Term::value).sorted().toList())
                .reduce("", String::concat)));
        Comparator<Term> stable = Comparator.comparing(Term::kind)
                .thenComparing(t -> t.kind() == Term.Kind.BLANK ? blankContent.getOrDefault(t.value(), "") : t.value());
        for (Map<String, List<Term>> m : props.values()) {
            for (List<Term> values : m.values()) {
                values.sort(stable);
            }
        }
        for (Map<String, List<Term>> m : blanks.values()) {
            for (List<Term> values : m.values()) {
                values.sort(stable);
            }
        }
        for (String s : sortedKeys(props)) {
            for (Map.Entry<String, List<Term>> e : new TreeMap<>(props.get(s)).entrySet()) {
                if (e.getKey().equals(Vocabulary.RDF + "type")) {
                    continue;
                }
                for (Term o : e.getValue()) {
                    if (o.isIri() && entities.containsKey(o.value())) {
                        incoming.computeIfAbsent(o.value(), k -> new ArrayList<>()).add(new Link(s, e.getKey(), o.value()));
                    }
                }
            }
        }
        Map<String, Integer> labelQuality = new HashMap<>();
        for (Map<String, Term> row : graph.select(Vocabulary.PREFIXES + """
                SELECT ?x ?l ?k WHERE {
                  { ?x skos:prefLabel ?l BIND(0 AS ?k) } UNION { ?x rdfs:label ?l BIND(1 AS ?k) }
                  FILTER(isIRI(?x))
                }""").rows()) {
            Term l = row.get("l");
            String x = row.get("x").value();
            int quality = Integer.parseInt(row.get("k").value()) * 10
                    + (l.language() == null || l.language().isEmpty() ? 0 : l.language().startsWith("en") ? 1 : 5);
            Integer known = labelQuality.get(x);
            if (known == null || quality < known || (quality == known && l.value().compareTo(labels.get(x)) < 0)) {
                labels.put(x, l.value());
                labelQuality.put(x, quality);
            }
        }
        for (Map<String, Term> row : graph.select(Vocabulary.PREFIXES
                + "SELECT ?x ?d WHERE { ?x skos:definition ?d FILTER(isIRI(?x)) } ORDER BY ?x ?d").rows()) {
            definitions.putIfAbsent(row.get("x").value(), row.get("d").value());
        }
        for (Map<String, Term> row : graph.select(Vocabulary.PREFIXES
                + "SELECT ?x ?r WHERE { ?x sp:rank ?r FILTER(isIRI(?x)) }").rows()) {
            try {
                ranks.put(row.get("x").value(), Integer.parseInt(row.get("r").value().trim()));
            } catch (NumberFormatException ignored) {
                // a rank that is not a number orders nothing
            }
        }
        for (Map<String, Term> row : graph.select(Vocabulary.PREFIXES
                + "SELECT ?c ?sup WHERE { ?c rdfs:subClassOf+ ?sup FILTER(isIRI(?c) && isIRI(?sup)) }").rows()) {
            superClasses.computeIfAbsent(row.get("c").value(), k -> new LinkedHashSet<>()).add(row.get("sup").value());
        }
        for (Map<String, Term> row : graph.select(Vocabulary.PREFIXES + """
                SELECT ?c ?s WHERE { { ?c skos:inScheme ?s } UNION { ?c skos:topConceptOf ?s } FILTER(isIRI(?c) && isIRI(?s)) }
                ORDER BY ?c ?s""").rows()) {
            schemeOf.putIfAbsent(row.get("c").value(), row.get("s").value());
        }
        for (Map<String, Term> row : graph.select(Vocabulary.PREFIXES
                + "SELECT ?c ?b WHERE { ?c skos:broader ?b FILTER(isIRI(?c) && isIRI(?b)) } ORDER BY ?c ?b").rows()) {
            broader.putIfAbsent(row.get("c").value(), row.get("b").value());
        }
        for (Map<String, Term> row : graph.select(Vocabulary.PREFIXES + """
                SELECT ?c ?num ?label ?part WHERE {
                  ?c a sp:Clause .
                  OPTIONAL { ?c sp:clauseNumber ?num }
                  OPTIONAL { ?c rdfs:label ?label }
                  OPTIONAL { ?c sp:partOf ?part }
                } ORDER BY ?c ?num ?label ?part""").rows()) {
            String iri = row.get("c").value();
            if (clauses.containsKey(iri)) {
                continue;
            }
            String number = row.containsKey("num") ? row.get("num").value()
                    : iri.startsWith(Vocabulary.CLAUSE) ? iri.substring(Vocabulary.CLAUSE.length()) : iri;
            clauses.put(iri, new ClauseInfo(iri, number, row.containsKey("label") ? row.get("label").value() : number,
                    row.containsKey("part") ? row.get("part").value() : null));
        }
        for (Map<String, Term> row : graph.select(Vocabulary.PREFIXES + """
                SELECT ?m ?l ?c ?lvl WHERE {
                  ?m sp:cell ?cell . ?cell sp:likelihood ?l ; sp:consequence ?c ; sp:riskLevel ?lvl .
                } ORDER BY ?m ?l ?c ?lvl""").rows()) {
            matrices.computeIfAbsent(row.get("m").value(), k -> new HashMap<>())
                    .putIfAbsent(row.get("l").value() + "|" + row.get("c").value(), row.get("lvl").value());
        }
    }

    private static void add(Map<String, Map<String, List<Term>>> target, String s, String p, Term o) {
        List<Term> values = target.computeIfAbsent(s, k -> new HashMap<>()).computeIfAbsent(p, k -> new ArrayList<>());
        if (!values.contains(o)) {
            values.add(o);
        }
    }

    private static List<String> sortedKeys(Map<String, ?> map) {
        List<String> keys = new ArrayList<>(map.keySet());
        Collections.sort(keys);
        return keys;
    }

    // ---------------------------------------------------------------- entities and statements

    /** Plan entities (vocabulary excluded), sorted by identifier. */
    public List<Entity> entities() {
        return List.copyOf(entities.values());
    }

    public Optional<Entity> entity(String iri) {
        return Optional.ofNullable(entities.get(iri));
    }

    public Optional<Entity> byIdentifier(String identifier) {
        return Optional.ofNullable(byIdentifier.get(identifier));
    }

    public boolean isA(String iri, String classIri) {
        Entity e = entities.get(iri);
        List<String> types = e != null ? e.types() : iris(iri, Vocabulary.RDF + "type");
        for (String t : types) {
            if (t.equals(classIri) || superClasses.getOrDefault(t, Set.of()).contains(classIri)) {
                return true;
            }
        }
        return false;
    }

    /** Entities of a class (subclasses included), sorted by identifier. */
    public List<Entity> ofType(String classIri) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities.values()) {
            if (isA(e.iri(), classIri)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Property → values of a subject, properties sorted by IRI. */
    public Map<String, List<Term>> statements(String subject) {
        Map<String, List<Term>> m = props.getOrDefault(subject, blanks.get(subject));
        return m == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(m));
    }

    public List<Term> values(String subject, String property) {
        Map<String, List<Term>> m = props.containsKey(subject) ? props.get(subject) : blanks.get(subject);
        if (m == null) {
            return List.of();
        }
        return List.copyOf(m.getOrDefault(property, List.of()));
    }

    public List<String> iris(String subject, String property) {
        List<String> out = new ArrayList<>();
        for (Term t : values(subject, property)) {
            if (t.isIri()) {
                out.add(t.value());
            }
        }
        return out;
    }

    /** Entities the subject points at through the property, sorted by identifier. */
    public List<Entity> linked(String subject, String property) {
        List<Entity> out = new ArrayList<>();
        for (String iri : iris(subject, property)) {
            Entity e = entities.get(iri);
            if (e != null) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparing(Entity::identifier, PlanIndex::naturalCompare));
        return out;
    }

    /** Entities pointing at the object through the property, sorted by identifier. */
    public List<Entity> linking(String object, String property) {
        List<Entity> out = new ArrayList<>();
        for (Link l : incoming.getOrDefault(object, List.of())) {
            if (l.property().equals(property)) {
                Entity e = entities.get(l.subject());
                if (e != null && !out.contains(e)) {
                    out.add(e);
                }
            }
        }
        out.sort(Comparator.comparing(Entity::identifier, PlanIndex::naturalCompare));
        return out;
    }

    /** Every statement of another plan entity pointing at this one, in a stable order. */
    public List<Link> incoming(String object) {
        return List.copyOf(incoming.getOrDefault(object, List.of()));
    }

    public Optional<String> string(String subject, String property) {
        for (Term t : values(subject, property)) {
            if (t.kind() == Term.Kind.LITERAL) {
                return Optional.of(t.value());
            }
        }
        return Optional.empty();
    }

    public Optional<String> iri(String subject, String property) {
        List<String> l = iris(subject, property);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    public Optional<LocalDate> date(String subject, String property) {
        return string(subject, property).flatMap(PlanDates::date);
    }

    // ---------------------------------------------------------------- labels, ranks, schemes

    /** What a reader calls the thing: entity label, SKOS or RDFS label, or the IRI's local name. */
    public String label(String iri) {
        if (WITHHELD.equals(iri)) {
            return "withheld";
        }
        Entity e = entities.get(iri);
        if (e != null) {
            return e.label();
        }
        String l = labels.get(iri);
        return l != null ? l : localName(iri);
    }

    public boolean hasLabel(String iri) {
        return entities.containsKey(iri) || labels.containsKey(iri);
    }

    public Optional<String> definition(String iri) {
        return Optional.ofNullable(definitions.get(iri));
    }

    public Optional<Integer> rank(String iri) {
        return Optional.ofNullable(ranks.get(iri));
    }

    public Optional<String> scheme(String concept) {
        return Optional.ofNullable(schemeOf.get(concept));
    }

    public Optional<String> broader(String concept) {
        return Optional.ofNullable(broader.get(concept));
    }

    /** Concepts of a scheme, by rank then label. */
    public List<String> concepts(String scheme) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : schemeOf.entrySet()) {
            if (e.getValue().equals(scheme)) {
                out.add(e.getKey());
            }
        }
        out.sort(byRankThenLabel());
        return out;
    }

    public Comparator<String> byRankThenLabel() {
        return Comparator.<String>comparingInt(c -> ranks.getOrDefault(c, Integer.MAX_VALUE))
                .thenComparing(this::label).thenComparing(Comparator.naturalOrder());
    }

    public static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    public List<ClauseInfo> clauses() {
        return List.copyOf(clauses.values());
    }

    public Optional<ClauseInfo> clause(String number) {
        return Optional.ofNullable(clauses.get(Vocabulary.CLAUSE + number));
    }

    // ---------------------------------------------------------------- the plan, its matrix, risk levels

    /** The plan the site is about: the one plan no other plan lists as supporting, else the first. */
    public Optional<Entity> plan() {
        // asked once per entity (for its default classification): found once, since the index never changes
        Optional<Entity> found = plan;
        if (found == null) {
            found = findPlan();
            plan = found;
        }
        return found;
    }

    /** The plan, once found; an index is read-only, so racing threads find the same one. */
    private volatile Optional<Entity> plan;

    private Optional<Entity> findPlan() {
        List<Entity> plans = ofType(sp("SecurityPlan"));
        for (Entity p : plans) {
            if (linking(p.iri(), sp("supportingPlan")).isEmpty()) {
                return Optional.of(p);
            }
        }
        return plans.stream().findFirst();
    }

    /** The matrix risks are rated by: the plan's {@code sp:riskMatrix}, else secplan's default (as the checks read it). */
    public String matrixIri() {
        return plan().flatMap(p -> iri(p.iri(), sp("riskMatrix"))).orElse(Vocabulary.spk("default-matrix"));
    }

    private Map<String, String> matrix() {
        return matrices.getOrDefault(matrixIri(), Map.of());
    }

    /** Likelihood values of the matrix, lowest first. */
    public List<String> likelihoods() {
        return axis(0);
    }

    /** Consequence values of the matrix, lowest first. */
    public List<String> consequences() {
        return axis(1);
    }

    private List<String> axis(int part) {
        Set<String> values = new LinkedHashSet<>();
        for (String key : new TreeMap<>(matrix()).keySet()) {
            values.add(key.split("\\|", 2)[part]);
        }
        List<String> out = new ArrayList<>(values);
        out.sort(byRankThenLabel());
        return out;
    }

    public Optional<String> level(String likelihood, String consequence) {
        return Optional.ofNullable(matrix().get(likelihood + "|" + consequence));
    }

    /** Levels used by the matrix, lowest first. */
    public List<String> levels() {
        List<String> out = new ArrayList<>(new java.util.TreeSet<>(matrix().values()));
        out.sort(byRankThenLabel());
        return out;
    }

    // ---------------------------------------------------------------- the plan facts, as the checks judge them

    public Optional<String> inherentLevel(String risk) {
        return facts.risk(risk).map(PlanFacts.RiskLevel::inherent);
    }

    public Optional<String> residualLevel(String risk) {
        return facts.risk(risk).map(PlanFacts.RiskLevel::residual);
    }

    /** The risk's own acceptance level, else the plan's. */
    public Optional<String> acceptanceLevel(String risk) {
        return facts.risk(risk).map(PlanFacts.RiskLevel::acceptance);
    }

    /** The level the risk stands at now: residual when rated, else inherent. */
    public Optional<String> currentLevel(String risk) {
        return facts.risk(risk).map(PlanFacts.RiskLevel::current);
    }

    public boolean overAcceptance(String risk) {
        return facts.risk(risk).map(PlanFacts.RiskLevel::over).orElse(false);
    }

    /** True when the risk has an unexpired acceptance by a role with risk-acceptance authority, as the checks judge. */
    public boolean acceptedAsOf(String risk) {
        return facts.validlyAccepted(risk);
    }

    /** Why a risk stands as it does, in the words of the query {@code risks-over-acceptance}. */
    public String handlingReason(String risk) {
        return facts.handlingReason(risk).orElse("");
    }

    /** The date the risk's next review falls due. */
    public Optional<LocalDate> nextReview(String risk) {
        return facts.reviewDue(risk);
    }

    /** A risk or an exemption whose review is overdue. */
    public boolean reviewOverdue(String iri) {
        return facts.reviewOverdue(iri);
    }

    /** The day the activity is next due: its due date, or its recurrence after its last completion. */
    public Optional<LocalDate> activityDue(String activity) {
        return facts.activityDue(activity);
    }

    public boolean activityOverdue(String activity) {
        return facts.activityOverdue(activity);
    }

    public boolean actionOverdue(String action) {
        return facts.actionOverdue(action);
    }

    /** A control counts as effective only with an effectiveness rating of "effective". */
    public boolean controlEffective(String control) {
        return facts.controlEffective(control);
    }

    public boolean controlRetired(String control) {
        return facts.controlRetired(control);
    }

    /** Controls implementing the risk's treatments, sorted by identifier. */
    public List<Entity> controlsOfRisk(String risk) {
        List<Entity> out = new ArrayList<>();
        for (Entity t : linked(risk, sp("treatedBy"))) {
            for (Entity c : linked(t.iri(), sp("implementedBy"))) {
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
        }
        out.sort(Comparator.comparing(Entity::identifier, PlanIndex::naturalCompare));
        return out;
    }

    /** Risks whose treatments the control implements, sorted by identifier. */
    public List<Entity> risksOfControl(String control) {
        List<Entity> out = new ArrayList<>();
        for (Entity t : linking(control, sp("implementedBy"))) {
            for (Entity r : linking(t.iri(), sp("treatedBy"))) {
                if (!out.contains(r)) {
                    out.add(r);
                }
            }
        }
        out.sort(Comparator.comparing(Entity::identifier, PlanIndex::naturalCompare));
        return out;
    }

    /** Objectives a control serves through the risks it treats. */
    public List<Entity> objectivesOfControl(String control) {
        List<Entity> out = new ArrayList<>();
        for (Entity r : risksOfControl(control)) {
            for (Entity o : linked(r.iri(), sp("threatens"))) {
                if (!out.contains(o)) {
                    out.add(o);
                }
            }
        }
        out.sort(Comparator.comparing(Entity::identifier, PlanIndex::naturalCompare));
        return out;
    }

    /** The classification level of an entity, by the rule that decides which editions show it. */
    public Optional<String> classification(String iri) {
        return facts.classification(iri);
    }

    /**
     * Compares identifiers so that R-2 comes before R-10: digit runs compare by value, the rest by character.
     */
    public static int naturalCompare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                int c = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
                if (c != 0) {
                    return c;
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static int compareClauseIris(String a, String b) {
        return naturalCompare(a, b);
    }

    /** Lower-case words of a camel-case local name: {@code inherentLikelihood} → "inherent likelihood". */
    public static String words(String localName) {
        return localName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('-', ' ').toLowerCase(Locale.ROOT);
    }
}
