package org.secplan.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.secplan.base.SecplanException;
import org.secplan.plan.PlanGraph;
import org.secplan.plan.Vocabulary;

/**
 * Reads which plans of a plan directory are bound to endorsed content: a plan in effect or endorsed, with an
 * endorsement of its current version that records a digest. The digest of the directory's content is taken once,
 * and only when some plan needs it.
 */
public final class Endorsements {

    static final Node VERSION = Vocabulary.spNode("version");
    static final Node ENDORSED_VERSION = Vocabulary.spNode("endorsedVersion");
    static final Node ENDORSED_ON = Vocabulary.spNode("endorsedOn");
    private static final List<Node> BINDING_STATUSES = List.of(
            NodeFactory.createURI(Vocabulary.spk("plan-in-effect")),
            NodeFactory.createURI(Vocabulary.spk("plan-endorsed")));

    private Endorsements() {
    }

    /**
     * The plans of {@code plan}'s directory whose current version has an endorsement bound to content, by IRI; read
     * once per plan.
     */
    public static List<EndorsedPlan> of(PlanGraph plan) {
        return plan.derived(Endorsements.class.getName(), Endorsements::read);
    }

    private static List<EndorsedPlan> read(PlanGraph plan) {
        Graph data = plan.planData();
        List<EndorsedPlan> found = new ArrayList<>();
        String current = null;
        for (Node p : data.find(Node.ANY, Vocabulary.TYPE, Vocabulary.SECURITY_PLAN).mapWith(Triple::getSubject).toList()) {
            Optional<String> version = literal(data, p, VERSION);
            if (!p.isURI() || version.isEmpty() || BINDING_STATUSES.stream().noneMatch(s -> data.contains(p, PlanContent.STATUS, s))) {
                continue;
            }
            List<Node> bound = data.find(p, PlanContent.ENDORSEMENT_LINK, Node.ANY).mapWith(Triple::getObject).toList()
                    .stream()
                    .filter(e -> literal(data, e, ENDORSED_VERSION).equals(version))
                    .filter(e -> literal(data, e, PlanContent.CHECKSUM).isPresent())
                    .toList();
            if (bound.isEmpty()) {
                continue;
            }
            if (current == null) {
                current = PlanSnapshot.digestOf(plan);
            }
            String digest = current;
            Node chosen = bound.stream().filter(e -> literal(data, e, PlanContent.CHECKSUM).orElseThrow().equals(digest))
                    .findFirst()
                    .orElseGet(() -> bound.stream().max(Comparator.comparing((Node e) -> literal(data, e, ENDORSED_ON).orElse(""))
                            .thenComparing(e -> literal(data, e, PlanContent.CHECKSUM).orElseThrow())).orElseThrow());
            String endorsed = literal(data, chosen, PlanContent.CHECKSUM).orElseThrow();
            Optional<PlanSnapshot> snapshot = Optional.empty();
            String problem = "";
            if (!endorsed.equals(digest)) {
                try {
                    snapshot = PlanSnapshot.read(plan.directory(), endorsed);
                    if (snapshot.isEmpty()) {
                        problem = PlanSnapshot.isDigest(endorsed)
                                ? "the snapshot of the endorsed content, " + PlanSnapshot.FOLDER + "/"
                                        + PlanSnapshot.file(plan.directory(), endorsed).getFileName()
                                        + ", is not in the plan directory, so what changed cannot be told"
                                : "its checksum '" + endorsed + "' is not a secplan content digest (sha256: and 64 hex digits)";
                    }
                } catch (SecplanException e) {
                    problem = e.getMessage();
                }
            }
            found.add(new EndorsedPlan(p.getURI(), version.get(), chosen.isURI() ? chosen.getURI() : "_:" + chosen.getBlankNodeLabel(),
                    literal(data, chosen, Vocabulary.IDENTIFIER).orElse(plan.shortForm(chosen.toString())),
                    literal(data, chosen, ENDORSED_ON).orElse(""), endorsed, digest, snapshot, problem));
        }
        found.sort(Comparator.comparing(EndorsedPlan::planIri));
        return List.copyOf(found);
    }

    static Optional<String> literal(Graph data, Node subject, Node predicate) {
        return data.find(subject, predicate, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).sorted().findFirst();
    }
}
