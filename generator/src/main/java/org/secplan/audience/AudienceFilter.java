package org.secplan.audience;

import org.secplan.plan.Vocabulary;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Derives an audience's {@link AudienceView} from a classified plan graph.
 *
 * <p>Every triple whose subject is above the audience's level goes (blank nodes carry their owner's
 * level, so nested structures go with their owner); in the triples that stay, an object above the level
 * becomes {@code sp:Withheld}. Literals of visible subjects stay as written: a visible text that quotes
 * something withheld is a leak by quotation, which the check {@code leak-identifier-quoted} reports.
 * The view holds only the plan's own statements; secplan's bundled ontology stays whole beside every view. A term of
 * that ontology is never withheld where the plan points at it, even when the plan's own statements about it are
 * (see {@link Classifier}); the classification levels are in every view.
 *
 * <p>One pass over the subject index; no query per entity.
 */
public final class AudienceFilter {

    private static final Node WITHHELD = Vocabulary.WITHHELD;

    private final Classification classification;
    private final PrefixMapping prefixes;

    /**
     * @param classification the levels of the plan graph
     * @param prefixes       the plan's prefixes; only those naming vocabulary or a namespace that still has a
     *                       visible subject are copied into a view (a prefix name can say too much)
     */
    public AudienceFilter(Classification classification, PrefixMapping prefixes) {
        this.classification = classification;
        this.prefixes = prefixes;
    }

    public AudienceView filter(Audience audience) {
        int max = audience.maxLevel().rank();
        Graph view = GraphFactory.createDefaultGraph();
        Map<String, Integer> withheldByType = new HashMap<>();
        Set<String> withheldIris = new HashSet<>();
        Set<String> withheldIdentifiers = new HashSet<>();
        Set<String> withheldLabels = new HashSet<>();
        Set<String> visibleIris = new HashSet<>();
        int withheldCount = 0;

        for (Map.Entry<Node, List<Triple>> entry : classification.index().bySubject().entrySet()) {
            Node subject = entry.getKey();
            List<Triple> triples = entry.getValue();
            if (classification.levelOf(subject).rank() > max) {
                if (classification.isBundledTerm(subject)) {
                    // only the plan's own statements about a bundled term go: the term is secplan's, not withheld
                    identifiers(triples, withheldIdentifiers);
                } else if (subject.isURI()
                        && withhold(subject, triples, withheldByType, withheldIris, withheldIdentifiers)) {
                    withheldCount++;
                }
                labels(triples, withheldLabels);
                continue;
            }
            if (subject.isURI()) {
                visibleIris.add(subject.getURI());
            }
            for (Triple t : triples) {
                Node object = t.getObject();
                if (!object.isLiteral()) {
                    ClassificationLevel level = classification.levelAsReference(object);
                    if (level != null && level.rank() > max) {
                        view.add(Triple.create(subject, t.getPredicate(), WITHHELD));
                        continue;
                    }
                }
                view.add(t);
            }
        }
        copyPrefixes(view, visibleIris);
        return new AudienceView(audience, view, withheldByType, withheldCount, withheldIris, withheldIdentifiers,
                withheldLabels);
    }

    /** Records a withheld subject; true when it is an identified entity (the ones a notice counts). */
    private static boolean withhold(Node subject, List<Triple> triples, Map<String, Integer> withheldByType,
            Set<String> withheldIris, Set<String> withheldIdentifiers) {
        withheldIris.add(subject.getURI());
        if (!identifiers(triples, withheldIdentifiers)) {
            return false;
        }
        for (Triple t : triples) {
            if (t.getPredicate().equals(Vocabulary.TYPE) && t.getObject().isURI()) {
                withheldByType.merge(t.getObject().getURI(), 1, Integer::sum);
            }
        }
        return true;
    }

    /** Records the identifiers of withheld statements; true when there is one. */
    private static boolean identifiers(List<Triple> triples, Set<String> into) {
        boolean identified = false;
        for (Triple t : triples) {
            if (t.getPredicate().equals(Vocabulary.IDENTIFIER) && t.getObject().isLiteral()) {
                into.add(t.getObject().getLiteralLexicalForm());
                identified = true;
            }
        }
        return identified;
    }

    /** The names a withheld subject goes by, so that text naming it can be told apart (see AudienceView#mentionsWithheld). */
    private static void labels(List<Triple> triples, Set<String> into) {
        for (Triple t : triples) {
            if ((t.getPredicate().equals(Vocabulary.LABEL) || t.getPredicate().equals(Vocabulary.PREF_LABEL))
                    && t.getObject().isLiteral()) {
                into.add(t.getObject().getLiteralLexicalForm());
            }
        }
    }

    private void copyPrefixes(Graph view, Set<String> visibleIris) {
        if (prefixes == null) {
            return;
        }
        Map<String, String> namespaces = prefixes.getNsPrefixMap();
        Set<String> keep = new HashSet<>();
        for (Map.Entry<String, String> e : namespaces.entrySet()) {
            String ns = e.getValue();
            if (Vocabulary.isVocabulary(NodeFactory.createURI(ns))) {
                keep.add(e.getKey());
            }
        }
        // one pass over the visible subjects, testing each against the few remaining namespaces
        for (String iri : visibleIris) {
            if (keep.size() == namespaces.size()) {
                break;
            }
            for (Map.Entry<String, String> e : namespaces.entrySet()) {
                if (!keep.contains(e.getKey()) && iri.startsWith(e.getValue())) {
                    keep.add(e.getKey());
                }
            }
        }
        PrefixMapping target = view.getPrefixMapping();
        for (String prefix : keep) {
            target.setNsPrefix(prefix, namespaces.get(prefix));
        }
    }
}
