package org.secplan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.secplan.render.SiteFixtures;

/**
 * Copies of the sample plan (audiences public, staff up to Internal, management up to Restricted, security-team up
 * to Secret) with ownerless controls whose labels are canaries: whatever shows a canary shows that control.
 */
public final class CanaryPlans {
    /** The label of a Secret control, readable by the security team only. */
    public static final String SECRET = "CANARY-SECRET-7f3a";
    /** The label of an Internal control, readable by staff and above, not by the public. */
    public static final String INTERNAL = "CANARY-INTERNAL-91bc";
    /** The label of a Secret control that only the previous version of the plan has. */
    public static final String SECRET_REMOVED = "CANARY-GONE-SECRET-5d2e";

    private CanaryPlans() {
    }

    /**
     * The sample plan with the Secret and the Internal canary controls, copied into {@code dir}, and a public page
     * that quotes the Secret control's identifier (a finding about the page, for the security team only).
     */
    public static Path current(Path dir) {
        Path plan = plant(dir, control(":canary-secret", "C-7F3A", SECRET, "spk:class-secret")
                + control(":canary-internal", "C-91BC", INTERNAL, "spk:class-internal"));
        TestPlans.write(plan, "pages/notice-board.adoc", """
                = Notice board
                :classification: public

                Questions about C-7F3A go to the security team.
                """);
        return plan;
    }

    /** An earlier version: the sample plan with a Secret canary control that the current version no longer has. */
    public static Path previous(Path dir) {
        return plant(dir, control(":canary-gone", "C-5D2E", SECRET_REMOVED, "spk:class-secret"));
    }

    private static Path plant(Path dir, String turtle) {
        Path plan = SiteFixtures.copy(SiteFixtures.samplePlan(), dir);
        try {
            Files.writeString(plan.resolve("canaries.ttl"), """
                    @prefix :        <https://plan.riverside-water.example/#> .
                    @prefix sp:      <https://w3id.org/secplan/ns#> .
                    @prefix spk:     <https://w3id.org/secplan/concept/> .
                    @prefix dcterms: <http://purl.org/dc/terms/> .
                    @prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
                    """ + turtle, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return plan;
    }

    /** A control without an owner, so that the check reports it by its label. */
    private static String control(String iri, String identifier, String label, String level) {
        return "\n" + iri + " a sp:Control ;\n"
                + "    dcterms:identifier \"" + identifier + "\" ;\n"
                + "    rdfs:label \"" + label + "\" ;\n"
                + "    sp:classification " + level + " ;\n"
                + "    sp:domain spk:domain-physical ;\n"
                + "    sp:topic spk:topic-perimeter ;\n"
                + "    sp:status spk:status-planned .\n";
    }
}
