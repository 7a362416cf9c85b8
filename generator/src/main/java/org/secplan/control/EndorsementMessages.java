package org.secplan.control;

import java.util.List;

/** How a finding says that a plan is no longer the content top management endorsed, and what changed. */
public final class EndorsementMessages {

    /** A finding lists this many changes; the rest are counted (the changes page and {@code secplan diff} list all). */
    static final int LISTED = 10;

    private EndorsementMessages() {
    }

    /**
     * "changed since its endorsement EN-001 of 2026-02-20 (version 2.1): …; 2 changes: …". {@code changes} is what
     * the reader may see; null when what changed cannot be told (the snapshot is missing).
     */
    public static String changed(EndorsedPlan plan, PlanChanges changes) {
        StringBuilder m = new StringBuilder("changed since its endorsement");
        if (!plan.endorsementId().isEmpty()) {
            m.append(' ').append(plan.endorsementId());
        }
        if (!plan.endorsedOn().isEmpty()) {
            m.append(" of ").append(plan.endorsedOn());
        }
        m.append(" (version ").append(plan.version()).append("): its content now has the digest ")
                .append(abbreviated(plan.currentDigest())).append(", not the endorsed ")
                .append(abbreviated(plan.endorsedDigest()));
        if (changes == null) {
            m.append("; ").append(plan.snapshotProblem());
        } else if (!changes.isEmpty()) {
            List<String> lines = changes.lines();
            m.append("; ").append(lines.size()).append(lines.size() == 1 ? " change: " : " changes: ")
                    .append(String.join("; ", lines.subList(0, Math.min(LISTED, lines.size()))));
            if (lines.size() > LISTED) {
                m.append("; and ").append(lines.size() - LISTED).append(" more");
            }
        }
        return m.append(". Have top management endorse the changed plan ('secplan endorse'), or undo the changes "
                + "('secplan diff --endorsed' lists them)").toString();
    }

    /** A digest short enough to read and compare by eye: {@code sha256:} and its first 16 hex digits. */
    public static String abbreviated(String digest) {
        return digest.length() > 23 ? digest.substring(0, 23) + "…" : digest;
    }
}
