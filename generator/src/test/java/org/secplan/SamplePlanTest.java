package org.secplan;

import static org.secplan.TestSecplan.secplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.check.CheckReport;
import org.secplan.check.Finding;
import org.secplan.base.Severity;
import org.secplan.plan.PlanLoadException;
import org.secplan.plan.PlanProblem;

/**
 * The sample plan checks clean, and each of the mistakes a plan's authors make most often — an unowned
 * control, a deleted control that a treatment still names, an untreated risk over acceptance, a stray
 * character — makes a copy of it fail with a finding that names the entity and where it is defined.
 */
class SamplePlanTest {

    private static final Path SAMPLE_PLAN = Path.of("..", "sample-plan", "src", "plan");

    @TempDir
    Path work;

    @Test
    void samplePlanHasNoErrorsAndNoWarnings() {
        CheckReport report = secplan().check(secplan().load(SAMPLE_PLAN));
        assertEquals(List.of(), report.findings().stream().filter(f -> f.severity() != Severity.INFO).toList());
    }

    @Test
    void controlWithoutOwnerIsAnErrorNamingTheControlAndItsLine() throws IOException {
        Path plan = copyOfSamplePlan();
        Path controls = plan.resolve("controls.ttl");
        String text = Files.readString(controls);
        int start = text.indexOf("\n:C-001 a sp:Control");
        int end = text.indexOf("\n\n", start + 1);
        String unowned = text.substring(start, end).replaceAll("\\n\\s*sp:owner :[A-Z0-9-]+ ;", "");
        assertFalse(unowned.contains("sp:owner"), "the sample plan's C-001 has one owner");
        Files.writeString(controls, text.substring(0, start) + unowned + text.substring(end));

        Finding finding = onlyError(secplan().check(secplan().load(plan)));
        assertEquals("control-has-owner", finding.checkId());
        assertEquals("C-001", finding.identifier());
        assertEquals("controls.ttl", finding.file());
        assertEquals(lineOf(controls, ":C-001 a sp:Control"), finding.line());
    }

    @Test
    void deletedControlThatATreatmentImplementsIsReportedWhereItIsReferenced() throws IOException {
        Path plan = copyOfSamplePlan();
        Path controls = plan.resolve("controls.ttl");
        String text = Files.readString(controls);
        int start = text.indexOf("\n:C-010 a sp:Control");
        int end = text.indexOf("\n\n", start + 1);
        Files.writeString(controls, text.substring(0, start) + text.substring(end));

        PlanLoadException e = assertThrows(PlanLoadException.class, () -> secplan().load(plan));
        PlanProblem treatment = e.problems().stream()
                .filter(p -> p.location().file().equals("treatments.ttl")).findFirst().orElseThrow();
        assertTrue(treatment.message().contains(":C-010"), treatment.message());
        assertEquals(lineOf(plan.resolve("treatments.ttl"), ":C-010"), treatment.location().line());
    }

    @Test
    void riskOverAcceptanceStrippedOfItsTreatmentsIsAnError() throws IOException {
        Path plan = copyOfSamplePlan();
        Path risks = plan.resolve("risks.ttl");
        String text = Files.readString(risks);
        int start = text.indexOf("\n:R-001 a sp:Risk");
        int end = text.indexOf("\n\n", start + 1);
        String stripped = text.substring(start, end).replaceAll(" ;\\n\\s*sp:treatedBy [^;.]*(?=[;.])", "");
        assertFalse(stripped.contains("sp:treatedBy"));
        Files.writeString(risks, text.substring(0, start) + stripped + text.substring(end));

        Finding finding = onlyError(secplan().check(secplan().load(plan)));
        assertEquals("risk-over-acceptance-has-treatment", finding.checkId());
        assertEquals("5.3.5", finding.clause());
        assertEquals("R-001", finding.identifier());
        assertEquals("risks.ttl", finding.file());
        assertEquals(lineOf(risks, ":R-001 a sp:Risk"), finding.line());
    }

    @Test
    void strayCharacterIsReportedAtItsLineAndColumnAlone() throws IOException {
        Path plan = copyOfSamplePlan();
        Path risks = plan.resolve("risks.ttl");
        List<String> lines = Files.readAllLines(risks);
        int line = lineOf(risks, ":R-001 a sp:Risk") + 2;
        int column = lines.get(line - 1).length() + 2;
        lines.set(line - 1, lines.get(line - 1) + " §");
        Files.write(risks, lines);

        PlanLoadException e = assertThrows(PlanLoadException.class, () -> secplan().load(plan));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("risks.ttl:" + line + ":" + column, e.problems().get(0).location().toString());
    }

    /**
     * The one error an edit makes, besides the errors saying that the edited copy is no longer the content top
     * management endorsed (one per endorsed plan of the directory; see EndorsementTest).
     */
    private static Finding onlyError(CheckReport report) {
        List<Finding> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .filter(f -> !f.checkId().equals(org.secplan.check.EndorsedContentCheck.ID)).toList();
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private Path copyOfSamplePlan() throws IOException {
        Path target = work.resolve("plan");
        try (Stream<Path> walk = Files.walk(SAMPLE_PLAN)) {
            for (Path source : walk.toList()) {
                Path copy = target.resolve(SAMPLE_PLAN.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        }
        return target;
    }
}
