package org.secplan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secplan.TestSecplan.secplan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.base.SecplanException;
import org.secplan.check.CheckReport;
import org.secplan.check.EndorsedContentCheck;
import org.secplan.check.Finding;
import org.secplan.plan.PlanGraph;

/**
 * Endorsement bound to content, on a copy of the sample plan endorsed here: the untouched plan is clean; editing
 * any statement or page is the ERROR plan-unchanged-since-endorsement naming what changed; the digest does not
 * depend on how the Turtle is written; the snapshot is the digest's own input.
 */
class EndorsementTest {

    private static final Path SAMPLE_PLAN = Path.of("..", "sample-plan", "src", "plan");

    @TempDir
    static Path work;
    private static Path endorsed;

    @BeforeAll
    static void endorseACopyOfTheSamplePlan() throws IOException {
        endorsed = copy(SAMPLE_PLAN, work.resolve("endorsed"));
        Files.deleteIfExists(endorsed.resolve(Endorser.RECORDS));
        deleteTree(endorsed.resolve(PlanSnapshot.FOLDER));
        PlanGraph plan = secplan().load(endorsed);
        for (String id : List.of("PLAN-001", "PLAN-002", "PLAN-003")) {
            secplan().endorse(plan, new Endorser.Request(id, "ROLE-001", LocalDate.parse("2026-02-20"), null, null));
        }
    }

    @Test
    void theUntouchedEndorsedPlanIsClean() {
        CheckReport report = secplan().check(secplan().load(endorsed));
        assertEquals(List.of(), report.findings().stream()
                .filter(f -> f.checkId().equals(EndorsedContentCheck.ID) || f.checkId().equals("endorsement-is-bound-to-content"))
                .toList());
    }

    @Test
    void theDigestIsTheSha256OfTheSnapshotKeptBesideThePlan() throws IOException {
        PlanGraph plan = secplan().load(endorsed);
        String digest = secplan().digest(plan);
        byte[] snapshot = Files.readAllBytes(PlanSnapshot.file(endorsed, digest));
        assertEquals(digest, "sha256:" + org.secplan.base.Digest.ofBytes(snapshot));
        assertTrue(Files.readString(endorsed.resolve(Endorser.RECORDS)).contains("sp:integrityChecksum \"" + digest + "\""));
    }

    @Test
    void theDigestDoesNotDependOnHowTheTurtleIsWrittenOrWhereTheEndorsementsAre() throws IOException {
        Path plain = copy(SAMPLE_PLAN, work.resolve("reformatted"));
        String before = secplan().digest(secplan().load(plain));
        // statements moved between files, blank nodes written in another order, comments and spacing changed
        Path roles = plain.resolve("roles.ttl");
        String text = Files.readString(roles).replace(
                "[ a sp:CompetenceRequirement ; sp:competence :CMP-015 ; sp:level 4 ] ,\n"
                        + "                          [ a sp:CompetenceRequirement ; sp:competence :CMP-001 ; sp:level 2 ] ;",
                "[ sp:level 2 ; sp:competence :CMP-001 ; a sp:CompetenceRequirement ] ,\n"
                        + "  [ sp:competence :CMP-015 ;   a sp:CompetenceRequirement ; sp:level 4 ] ;  # reordered");
        assertFalse(text.equals(Files.readString(roles)), "the sample plan's ROLE-001 competence requirements moved");
        Files.writeString(roles, text);
        Files.writeString(plain.resolve("zz-moved.ttl"), "@prefix : <https://plan.riverside-water.example/#> .\n"
                + "@prefix sp: <https://w3id.org/secplan/ns#> .\n:PLAN-001 sp:version \"2.1\" .\n");
        assertEquals(before, secplan().digest(secplan().load(plain)));
        assertEquals(before, secplan().digest(secplan().load(endorsed)), "endorsement records are not endorsed content");
    }

    @Test
    void editingAStatementIsAnErrorThatNamesTheChange() throws IOException {
        Path plan = copy(endorsed, work.resolve("edited-statement"));
        replace(plan.resolve("risks.ttl"), "    sp:residualConsequence spk:consequence-4 ;\n    sp:owner :ROLE-003 ;\n"
                + "    sp:assessor :ROLE-013 ;\n    sp:assessedOn \"2026-08-28\"", "    sp:residualConsequence "
                + "spk:consequence-5 ;\n    sp:owner :ROLE-003 ;\n    sp:assessor :ROLE-013 ;\n    sp:assessedOn \"2026-08-28\"");
        List<Finding> errors = endorsementErrors(plan);
        assertEquals(3, errors.size(), "one per endorsed plan of the directory: " + errors);
        Finding overarching = errors.get(0);
        assertEquals("PLAN-001", overarching.identifier());
        assertEquals("4", overarching.clause());
        assertEquals("plan.ttl", overarching.file(), "the finding points at the plan, not at its endorsement records");
        assertTrue(overarching.message().contains("changed since its endorsement EN-PLAN-001-2.1 of 2026-02-20"),
                overarching.message());
        assertTrue(overarching.message().contains("1 change: R-012 'Control room insider alters the treatment process' "
                + "(Risk) changed: residual consequence: Major → Catastrophic."), overarching.message());
    }

    @Test
    void editingAPageIsAnErrorThatNamesThePageAndWhere() throws IOException {
        Path plan = copy(endorsed, work.resolve("edited-page"));
        Path page = plan.resolve("pages/introduction.adoc");
        List<String> lines = Files.readAllLines(page);
        lines.set(4, lines.get(4) + " An added sentence.");
        Files.write(page, lines);
        Finding f = endorsementErrors(plan).get(0);
        assertTrue(f.message().contains("1 change: page pages/introduction.adoc changed (line 5)"), f.message());
    }

    @Test
    void aChangedStatusIsNotAChangeOfContent() throws IOException {
        Path plan = copy(endorsed, work.resolve("status"));
        replace(plan.resolve("plan.ttl"), "sp:planStatus spk:plan-endorsed", "sp:planStatus spk:plan-in-effect");
        assertEquals(List.of(), endorsementErrors(plan));
    }

    @Test
    void anEditedSnapshotIsReportedAndStillAnError() throws IOException {
        Path plan = copy(endorsed, work.resolve("tampered"));
        String digest = secplan().digest(secplan().load(plan));
        replace(plan.resolve("risks.ttl"), "spk:likelihood-2 ;\n    sp:inherentConsequence spk:consequence-5",
                "spk:likelihood-3 ;\n    sp:inherentConsequence spk:consequence-5");
        Path snapshot = PlanSnapshot.file(plan, digest);
        Files.writeString(snapshot, Files.readString(snapshot).replace("Board of Directors", "Board"));
        Finding f = endorsementErrors(plan).get(0);
        assertTrue(f.message().contains("this snapshot was edited after it was written"), f.message());
    }

    @Test
    void onlyTopManagementEndorses() {
        PlanGraph plan = secplan().load(endorsed);
        SecplanException e = assertThrows(SecplanException.class, () -> secplan().endorse(plan,
                new Endorser.Request(null, "ROLE-013", LocalDate.parse("2026-02-20"), null, null)));
        assertTrue(e.getMessage().contains("is not a top-management role (sp:topManagement true)"), e.getMessage());
    }

    @Test
    void endorsingTheSameContentAgainWritesNothing() throws IOException {
        String records = Files.readString(endorsed.resolve(Endorser.RECORDS));
        Endorser.Result again = secplan().endorse(secplan().load(endorsed),
                new Endorser.Request(null, "ROLE-001", LocalDate.parse("2026-03-01"), null, null));
        assertTrue(again.existing());
        assertEquals(records, Files.readString(endorsed.resolve(Endorser.RECORDS)));
    }

    private static List<Finding> endorsementErrors(Path plan) {
        return secplan().check(secplan().load(plan)).findings().stream()
                .filter(f -> f.checkId().equals(EndorsedContentCheck.ID)).toList();
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from + " not in " + file);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
