package org.secplan.control;

import java.util.Optional;

import org.secplan.plan.PlanGraph;

/**
 * A plan in effect (or endorsed) whose current version top management endorsed with a content digest, and how its
 * content compares with what was endorsed.
 *
 * @param planIri          the plan's IRI
 * @param version          the plan's current {@code sp:version}
 * @param endorsementIri   the endorsement of that version that counts (the one of the current content, else the latest)
 * @param endorsementId    its identifier
 * @param endorsedOn       its date, as written (may be empty)
 * @param endorsedDigest   the digest it records ({@code sp:integrityChecksum})
 * @param currentDigest    the digest of the plan's content now
 * @param snapshot         the snapshot kept of the endorsed content, when it is there and intact
 * @param snapshotProblem  why there is no snapshot to compare with (empty when there is one, or none is needed)
 */
public record EndorsedPlan(String planIri, String version, String endorsementIri, String endorsementId,
                           String endorsedOn, String endorsedDigest, String currentDigest,
                           Optional<PlanSnapshot> snapshot, String snapshotProblem) {

    /** The same, with the endorsement called {@code name}: for a reader who may not see the endorsement record. */
    public EndorsedPlan named(String name) {
        return new EndorsedPlan(planIri, version, endorsementIri, name, endorsedOn, endorsedDigest, currentDigest,
                snapshot, snapshotProblem);
    }

    public boolean unchanged() {
        return endorsedDigest.equals(currentDigest);
    }

    /** What changed in the whole plan {@code current} since the endorsement; null when the snapshot cannot tell. */
    public PlanChanges changes(PlanGraph current) {
        return endorsedPlan(current).map(endorsed -> PlanDiff.between(endorsed, snapshot.orElseThrow().pages(),
                PlanContent.endorsable(current), PlanSnapshot.currentPages(current.directory()))).orElse(null);
    }

    /** The endorsed content as a plan next to {@code current}: same directory, settings and ontology. */
    public Optional<PlanGraph> endorsedPlan(PlanGraph current) {
        return snapshot.map(s -> current.derived("endorsed " + endorsedDigest, p -> p.restrictedTo(s.statements())));
    }
}
