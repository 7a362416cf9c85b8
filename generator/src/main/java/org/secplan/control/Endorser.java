package org.secplan.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.secplan.base.AtomicFiles;
import org.secplan.base.SecplanException;
import org.secplan.plan.Entity;
import org.secplan.plan.PlanGraph;
import org.secplan.plan.Vocabulary;

/**
 * Records that top management endorsed a plan's current content: appends the endorsement (who, when, which version,
 * the content digest) to the plan directory's {@code endorsements.ttl} and keeps the snapshot of the endorsed content
 * in {@code endorsed/}. Both are meant to be committed with the plan.
 */
public final class Endorser {

    /** The file of the plan directory that holds the endorsements secplan records. */
    public static final String RECORDS = "endorsements.ttl";
    private static final Node TOP_MANAGEMENT = Vocabulary.spNode("topManagement");

    /**
     * What to endorse.
     *
     * @param plan       the identifier of the plan endorsed; null for the directory's overarching plan
     * @param endorser   the identifier of the top-management role that endorsed it
     * @param date       the day it was endorsed
     * @param identifier the new record's identifier; null for {@code EN-<plan>-<version>}
     * @param note       what a reader should know (the minute, the meeting); may be null
     */
    public record Request(String plan, String endorser, LocalDate date, String identifier, String note) {
    }

    /**
     * What was recorded.
     *
     * @param identifier the endorsement's identifier
     * @param plan       the endorsed plan's identifier
     * @param version    the version endorsed
     * @param digest     the content digest recorded
     * @param records    the file the record was written to
     * @param snapshot   the snapshot of the endorsed content
     * @param existing   true when an endorsement of this content by this role was already recorded (nothing written)
     */
    public record Result(String identifier, String plan, String version, String digest, Path records, Path snapshot,
                         boolean existing) {
    }

    private Endorser() {
    }

    /** Records the endorsement; refuses, naming what to fix, when the plan, version or role does not qualify. */
    public static Result endorse(PlanGraph plan, Request request) {
        Entity target = plan(plan, request.plan());
        Node planNode = NodeFactory.createURI(target.iri());
        String version = Endorsements.literal(plan.planData(), planNode, Endorsements.VERSION).orElseThrow(() ->
                new SecplanException(target.title() + " has no version (sp:version): an endorsement approves one "
                        + "version, so give the plan its version first"));
        Entity role = plan.byIdentifier(request.endorser()).orElseThrow(() -> new SecplanException(
                "no element of the plan has the identifier '" + request.endorser() + "' (--by names the role that "
                        + "endorsed the plan)"));
        if (!plan.planData().contains(NodeFactory.createURI(role.iri()), TOP_MANAGEMENT,
                NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean))) {
            throw new SecplanException(role.title() + " is not a top-management role (sp:topManagement true): only "
                    + "top management endorses a plan before it is put into effect (ISO 22342 clause 4)");
        }
        PlanSnapshot snapshot = PlanSnapshot.of(plan);
        Path snapshotFile = snapshot.write(plan.directory());
        Path records = plan.directory().resolve(RECORDS);
        Optional<String> existing = existing(plan, planNode, version, role, snapshot.digest());
        if (existing.isPresent()) {
            return new Result(existing.get(), target.identifier(), version, snapshot.digest(), records, snapshotFile, true);
        }
        String identifier = request.identifier() != null ? request.identifier()
                : freeIdentifier(plan, "EN-" + target.identifier() + "-" + version);
        if (plan.byIdentifier(identifier).isPresent()) {
            throw new SecplanException("the plan already has an element with the identifier '" + identifier
                    + "': give the endorsement another one with --id");
        }
        append(records, record(target, role, version, identifier, request, snapshot.digest()));
        return new Result(identifier, target.identifier(), version, snapshot.digest(), records, snapshotFile, false);
    }

    private static Entity plan(PlanGraph plan, String identifier) {
        List<Entity> plans = plan.entities().stream().filter(e -> e.hasType(Vocabulary.sp("SecurityPlan"))).toList();
        if (identifier != null) {
            return plans.stream().filter(e -> e.identifier().equals(identifier)).findFirst().orElseThrow(() ->
                    new SecplanException("no security plan has the identifier '" + identifier + "'; the plans are: "
                            + String.join(", ", plans.stream().map(Entity::identifier).toList())));
        }
        List<Entity> top = plans.stream().filter(e -> !plan.planData().contains(Node.ANY, Vocabulary.SUPPORTING_PLAN,
                NodeFactory.createURI(e.iri()))).toList();
        if (top.size() != 1) {
            throw new SecplanException((top.isEmpty() ? "the plan directory holds no overarching security plan"
                    : "the plan directory holds several overarching plans (" + String.join(", ",
                            top.stream().map(Entity::identifier).toList()) + ")") + ": say which to endorse with --plan");
        }
        return top.get(0);
    }

    private static Optional<String> existing(PlanGraph plan, Node planNode, String version, Entity role, String digest) {
        return plan.planData().find(planNode, PlanContent.ENDORSEMENT_LINK, Node.ANY).toList().stream()
                .map(t -> t.getObject())
                .filter(e -> Endorsements.literal(plan.planData(), e, PlanContent.CHECKSUM).orElse("").equals(digest))
                .filter(e -> Endorsements.literal(plan.planData(), e, Endorsements.ENDORSED_VERSION).orElse("").equals(version))
                .filter(e -> plan.planData().contains(e, Vocabulary.spNode("endorsedBy"), NodeFactory.createURI(role.iri())))
                .map(e -> Endorsements.literal(plan.planData(), e, Vocabulary.IDENTIFIER).orElse(e.toString()))
                .findFirst();
    }

    private static String freeIdentifier(PlanGraph plan, String base) {
        String candidate = base;
        for (int n = 2; plan.byIdentifier(candidate).isPresent(); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static String record(Entity target, Entity role, String version, String identifier, Request request,
                                 String digest) {
        String namespace = target.iri().replaceFirst("[^#/]*$", "");
        Node self = NodeFactory.createURI(namespace + identifier);
        StringBuilder t = new StringBuilder("\n");
        t.append(iri(target.iri())).append(" sp:endorsement ").append(term(self)).append(" .\n");
        t.append(term(self)).append(" a sp:Endorsement ;\n");
        t.append("    dcterms:identifier ").append(literal(identifier)).append(" ;\n");
        // no identifier in the label: the record is read at its own level, and the plan or the role it names may be
        // classified above it (the quotation check would rightly report the label)
        t.append("    rdfs:label ").append(literal("Endorsement of version " + version + " on " + request.date()))
                .append(" ;\n");
        if (request.note() != null && !request.note().isBlank()) {
            t.append("    dcterms:description ").append(literal(request.note().strip())).append(" ;\n");
        }
        t.append("    sp:endorsedBy ").append(iri(role.iri())).append(" ;\n");
        t.append("    sp:endorsedOn ").append(term(NodeFactory.createLiteralDT(request.date().toString(),
                XSDDatatype.XSDdate))).append(" ;\n");
        t.append("    sp:endorsedVersion ").append(literal(version)).append(" ;\n");
        t.append("    sp:integrityChecksum ").append(literal(digest)).append(" .\n");
        return t.toString();
    }

    private static void append(Path records, String record) {
        try {
            String before = Files.exists(records) ? Files.readString(records, StandardCharsets.UTF_8) : HEADER;
            AtomicFiles.write(records, (before + record).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SecplanException("cannot write " + records + ": " + e.getMessage(), e);
        }
    }

    private static final String HEADER = """
            # Endorsements of this plan by top management, recorded by 'secplan endorse' (ISO 22342 clause 4).
            # Each names the version endorsed and the digest of the content endorsed; endorsed/ keeps a snapshot of
            # that content. Commit this file and endorsed/ with the plan; edit neither by hand.
            @prefix sp:      <https://w3id.org/secplan/ns#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
            """;

    private static String iri(String iri) {
        return term(NodeFactory.createURI(iri));
    }

    private static String literal(String text) {
        return term(NodeFactory.createLiteralString(text));
    }

    private static String term(Node node) {
        return NodeFmtLib.strTTL(node);
    }
}
