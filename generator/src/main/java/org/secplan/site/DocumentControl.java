package org.secplan.site;

import org.secplan.control.EndorsedPlan;
import org.secplan.control.PlanChanges;

/**
 * What an edition says about the plan's endorsed content: the digest of the plan's content now, and, when an
 * endorsement records a digest, whether the content is still the one endorsed and what changed since, as the
 * edition's audience may see it.
 *
 * @param digest      the plan's content digest ({@code sha256:…}); null when not taken (a site without editions)
 * @param endorsement the endorsement bound to content that counts; null when none records a digest
 * @param changes     what changed since, as the edition's audience sees it; null when unchanged or when the snapshot
 *                    of the endorsed content cannot tell
 */
public record DocumentControl(String digest, EndorsedPlan endorsement, PlanChanges changes) {
    public static final DocumentControl NONE = new DocumentControl(null, null, null);

    /** True when an endorsement records a digest: the edition then has a "changes since endorsement" page. */
    public boolean bound() {
        return endorsement != null;
    }
}
