package org.secplan.synth;

/**
 * How big a synthetic plan is. S is about the size of the sample plan, M has 1,000 risks and L 10,000 risks,
 * 2,000 controls and 5,000 assets; every other kind of entity grows in proportion.
 */
public enum SynthSize {
    S(new Counts(60, 80, 40, 8, 25, 16, 20, 4, 8, 14, 20, 8, 5, 2, 10, 8, 10, 6, 30, 6, 4, 4, 8, 3, 4, 4, 3, 3,
            2, 5, 60)),
    M(new Counts(1_000, 200, 500, 30, 60, 20, 40, 8, 20, 40, 250, 12, 8, 4, 20, 40, 30, 20, 300, 10, 6, 6, 30, 6,
            30, 10, 30, 5, 5, 6, 500)),
    L(new Counts(10_000, 2_000, 5_000, 300, 500, 40, 200, 20, 100, 300, 2_500, 60, 30, 20, 150, 400, 300, 200,
            3_000, 60, 40, 40, 300, 60, 300, 100, 300, 30, 20, 10, 500));

    private final Counts counts;

    SynthSize(Counts counts) {
        this.counts = counts;
    }

    public Counts counts() {
        return counts;
    }

    /**
     * How many entities of each kind a plan of this size holds.
     *
     * @param risksPerFile how many risks (and their treatments) go into one file of the risk register
     */
    public record Counts(int risks, int controls, int assets, int sites, int roles, int competences,
                         int externalParties, int businessObjectives, int objectives, int riskSources,
                         int vulnerabilities, int contextFactors, int informationSources, int consultations,
                         int documents, int procedures, int obligations, int contingencyPlans, int activities,
                         int communicationItems, int reports, int evaluations, int improvementActions,
                         int exemptions, int decisions, int lessons, int acceptances, int agencyAgreements,
                         int supportingPlans, int resourceCommitments, int risksPerFile) {
    }
}
