package org.secplan.audience;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Graph;

/**
 * What one audience may read of a plan: the filtered graph, and how many entities were withheld per type.
 *
 * <p>The graph holds no triple about anything above the audience's level; links from visible entities to
 * withheld ones point at the single node {@link #WITHHELD_IRI}. Checks, rendering and exports of the
 * audience's edition must read this graph and nothing else. The withheld IRIs and identifiers are kept
 * only so that a caller can ask {@link #isWithheld}/{@link #isWithheldIdentifier} (e.g. to render a page's
 * reference as neutral "withheld" text instead of reporting it as unknown); they are deliberately not
 * exposed as a collection.
 */
public final class AudienceView {

    /** The one node that stands for everything withheld: {@code sp:Withheld}. */
    public static final String WITHHELD_IRI = Vocab.SP + "Withheld";

    private final Audience audience;
    private final Graph graph;
    private final Map<String, Integer> withheldByType;
    private final int withheldCount;
    private final Set<String> withheldIris;
    private final Set<String> withheldIdentifiers;

    AudienceView(Audience audience, Graph graph, Map<String, Integer> withheldByType, int withheldCount,
            Set<String> withheldIris, Set<String> withheldIdentifiers) {
        this.audience = Objects.requireNonNull(audience);
        this.graph = Objects.requireNonNull(graph);
        this.withheldByType = Map.copyOf(withheldByType);
        this.withheldCount = withheldCount;
        this.withheldIris = Set.copyOf(withheldIris);
        this.withheldIdentifiers = Set.copyOf(withheldIdentifiers);
    }

    public Audience audience() {
        return audience;
    }

    /** The audience's graph (a fresh in-memory copy; the plan graph is untouched). Treat it as read-only. */
    public Graph graph() {
        return graph;
    }

    /**
     * Number of withheld entities (identified, non-blank subjects) per asserted {@code rdf:type} IRI, for an
     * optional "n items withheld" notice. An entity with several types counts once under each.
     */
    public Map<String, Integer> withheldByType() {
        return new java.util.TreeMap<>(withheldByType);
    }

    /** Number of withheld entities (identified, non-blank subjects). */
    public int withheldCount() {
        return withheldCount;
    }

    /** True when the subject {@code iri} exists in the plan but is above this audience's level. */
    public boolean isWithheld(String iri) {
        return withheldIris.contains(iri);
    }

    /** True when an entity with this {@code dcterms:identifier} exists in the plan but is above this audience's level. */
    public boolean isWithheldIdentifier(String identifier) {
        return withheldIdentifiers.contains(identifier);
    }

    @Override
    public String toString() {
        // never list what was withheld: this string may end up in a log of the edition
        return "AudienceView[" + audience.identifier() + ", " + graph.size() + " triples, " + withheldCount
                + " withheld]";
    }
}
