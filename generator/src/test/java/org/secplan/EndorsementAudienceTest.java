package org.secplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secplan.TestSecplan.secplan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.check.EndorsedContentCheck;
import org.secplan.check.Finding;
import org.secplan.control.Endorser;
import org.secplan.control.PlanChanges;
import org.secplan.plan.PlanGraph;

/**
 * Need-to-know on the changes since endorsement: the plan is endorsed with a Secret canary control, which is then
 * removed while a Secret and an Internal canary are added. Each audience's changes and finding tell only what it may
 * see of both versions — a Secret element neither as added nor as removed — and still say that the plan changed.
 */
class EndorsementAudienceTest {

    @TempDir
    static Path work;
    private static PlanGraph plan;

    @BeforeAll
    static void endorseThenChange() throws IOException {
        Path dir = CanaryPlans.previous(work.resolve("plan"));
        Files.deleteIfExists(dir.resolve(Endorser.RECORDS));
        secplan().endorse(secplan().load(dir), new Endorser.Request("PLAN-001", "ROLE-001", LocalDate.parse("2026-02-20"),
                null, null));
        Path current = CanaryPlans.current(work.resolve("current"));
        Files.copy(current.resolve("canaries.ttl"), dir.resolve("canaries.ttl"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        plan = secplan().load(dir);
    }

    @Test
    void theWholePlanSeesEveryChange() {
        String changes = changes(null);
        for (String canary : List.of(CanaryPlans.SECRET, CanaryPlans.INTERNAL, CanaryPlans.SECRET_REMOVED)) {
            assertTrue(changes.contains(canary), canary + " is not among the changes: " + changes);
        }
    }

    @Test
    void staffSeeTheInternalChangeOnly() {
        String changes = changes("staff");
        assertTrue(changes.contains("C-91BC '" + CanaryPlans.INTERNAL + "' (Control) added"), changes);
        assertFalse(changes.contains(CanaryPlans.SECRET) || changes.contains("C-7F3A"), changes);
        assertFalse(changes.contains(CanaryPlans.SECRET_REMOVED) || changes.contains("C-5D2E"), changes);

        Finding f = endorsementFinding("staff");
        assertTrue(f.message().contains("C-91BC"), f.message());
        assertFalse(f.message().contains("C-7F3A") || f.message().contains("C-5D2E"), f.message());
    }

    @Test
    void thePublicLearnsThatThePlanChangedAndNothingElse() {
        var since = secplan().changesSinceEndorsement(secplan().scope(plan, "public")).orElseThrow();
        assertFalse(since.endorsement().unchanged());
        assertEquals("", changes("public"));
        // the plan element itself is Internal: the public edition shows no finding about it at all
        assertEquals(List.of(), secplan().check(secplan().scope(plan, "public"), LocalDate.parse("2026-11-01"))
                .findings().stream().filter(f -> f.checkId().equals(EndorsedContentCheck.ID)).toList());
    }

    private static String changes(String audience) {
        PlanChanges c = secplan().changesSinceEndorsement(secplan().scope(plan, audience)).orElseThrow().changes();
        return String.join("\n", c.lines());
    }

    private static Finding endorsementFinding(String audience) {
        List<Finding> found = secplan().check(secplan().scope(plan, audience), LocalDate.parse("2026-11-01")).findings()
                .stream().filter(f -> f.checkId().equals(EndorsedContentCheck.ID)).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }
}
