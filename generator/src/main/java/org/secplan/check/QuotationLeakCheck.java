package org.secplan.check;

import org.secplan.base.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.secplan.audience.Classification;
import org.secplan.audience.ClassificationLevel;
import org.secplan.audience.NeedToKnow;
import org.secplan.plan.PlanGraph;
import org.secplan.plan.Vocabulary;

/**
 * Finds a leak by quotation: a text of an entity (or of a nested structure it owns) that names the
 * identifier of an entity classified above it. The audience filter withholds the higher entity, but the
 * lower entity's own text reaches every edition that may read it.
 *
 * <p>Written in Java rather than SPARQL because it compares every text with every identifier: as a query
 * that is a product of literals and identifiers (minutes on a plan of thousands of risks); here each text
 * is scanned once, looking up the words that could be identifiers in a hash map. Identifiers match on word
 * boundaries only, so {@code R-1} does not match inside {@code R-12}.
 */
final class QuotationLeakCheck implements Check {

    static final CheckInfo INFO = new CheckInfo("leak-identifier-quoted", "3.1", Severity.ERROR,
            "No text of an entity quotes the identifier of an entity classified above it (a leak by quotation)",
            "java");

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public String origin() {
        return QuotationLeakCheck.class.getName();
    }

    @Override
    public List<Violation> run(CheckInput input) {
        PlanGraph plan = input.plan();
        Graph data = plan.planData();
        NeedToKnow ntk = NeedToKnow.of(plan);
        Classification levels = ntk.classification();
        Map<String, Node> identified = identifiers(data, ntk);
        TreeSet<Integer> lengths = new TreeSet<>();
        identified.keySet().forEach(id -> lengths.add(id.length()));
        Map<Node, Node> owners = blankNodeOwners(data);

        List<Violation> violations = new ArrayList<>();
        data.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!t.getObject().isLiteral() || t.getPredicate().equals(DCTerms.identifier.asNode())) {
                return;
            }
            Node owner = ownerOf(t.getSubject(), owners);
            if (owner == null || !owner.isURI()) {
                return;
            }
            int ownerRank = rank(levels, owner);
            for (String quoted : quotedIdentifiers(t.getObject().getLiteralLexicalForm(), identified, lengths)) {
                Node secret = identified.get(quoted);
                if (!secret.equals(owner) && rank(levels, secret) > ownerRank) {
                    violations.add(new Violation(owner, "its '" + fieldLabel(plan, t) + "' quotes the identifier '"
                            + quoted + "' of an entity classified above it, so every edition that may read this"
                            + " entity but not that one shows the identifier"));
                }
            }
        });
        return violations;
    }

    /**
     * The identifiers of the plan's elements. Audiences and classification levels are left out: their identifiers
     * ("staff", "secret") are ordinary words of every plan's prose, and naming one tells nothing withheld.
     */
    private static Map<String, Node> identifiers(Graph data, NeedToKnow ntk) {
        Map<String, Node> identified = new HashMap<>();
        data.find(Node.ANY, DCTerms.identifier.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && (ntk.scheme().level(t.getSubject().getURI()).isPresent()
                    || data.contains(t.getSubject(), Vocabulary.TYPE, Vocabulary.AUDIENCE))) {
                return;
            }
            if (t.getSubject().isURI() && t.getObject().isLiteral()
                    && !t.getObject().getLiteralLexicalForm().isEmpty()) {
                identified.putIfAbsent(t.getObject().getLiteralLexicalForm(), t.getSubject());
            }
        });
        return identified;
    }

    /** Each blank node's parent: the subject of a statement that has it as object. */
    private static Map<Node, Node> blankNodeOwners(Graph data) {
        Map<Node, Node> owners = new HashMap<>();
        data.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isBlank()) {
                owners.putIfAbsent(t.getObject(), t.getSubject());
            }
        });
        return owners;
    }

    private static Node ownerOf(Node subject, Map<Node, Node> owners) {
        Node node = subject;
        for (int depth = 0; node != null && node.isBlank() && depth < 64; depth++) {
            node = owners.get(node);
        }
        return node;
    }

    /** The identifiers that {@code text} names as whole words, in order of appearance. */
    static List<String> quotedIdentifiers(String text, Map<String, ?> identifiers, TreeSet<Integer> lengths) {
        List<String> found = new ArrayList<>();
        int n = text.length();
        for (int start = 0; start < n; start++) {
            if (start > 0 && isWordChar(text.charAt(start - 1))) {
                continue;
            }
            for (int length : lengths) {
                int end = start + length;
                if (end > n) {
                    break;
                }
                if ((end == n || !isWordChar(text.charAt(end))) && identifiers.containsKey(text.substring(start, end))) {
                    found.add(text.substring(start, end));
                }
            }
        }
        return found;
    }

    private static boolean isWordChar(char c) {
        return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
    }

    private static int rank(Classification levels, Node entity) {
        return levels.levelOf(entity.getURI()).map(ClassificationLevel::rank).orElse(Integer.MIN_VALUE);
    }

    private static String fieldLabel(PlanGraph plan, Triple t) {
        Optional<String> label = plan.ontology().find(t.getPredicate(), RDFS.label.asNode(), Node.ANY)
                .filterKeep(x -> x.getObject().isLiteral()).mapWith(x -> x.getObject().getLiteralLexicalForm())
                .nextOptional();
        return label.orElseGet(() -> t.getPredicate().getLocalName());
    }
}
