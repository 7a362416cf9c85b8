package org.secplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.secplan.base.Severity;
import org.secplan.check.Finding;

class FindingLinesTest {

    @Test
    void ordersClausesAsNumbers() {
        List<String> clauses = new ArrayList<>(List.of("5.2.10", "5.2.9", "4", "3.1", "5.2"));
        clauses.sort(FindingLines.CLAUSE_ORDER);
        assertEquals(List.of("3.1", "4", "5.2", "5.2.9", "5.2.10"), clauses);
    }

    @Test
    void groupsByClauseAndPutsThePositionFirst() {
        Finding warning = new Finding("control-has-test", Severity.WARNING, "5.2.10", "https://x.example/#c-1", "C-1",
                "C-1 has no test record", "controls.ttl", 12);
        Finding error = new Finding("plan-review-due", Severity.ERROR, "5.2.9", "https://x.example/#plan", "PLAN",
                "PLAN was due for review", null, 0);
        FindingLines lines = new FindingLines(c -> c.equals("5.2.9") ? Optional.of("Review") : Optional.empty(),
                f -> "src/plan/" + f);
        assertEquals(List.of(
                new FindingLines.Line(Severity.ERROR, true, "clause 5.2.9 Review (1 error, 0 warnings, 0 infos)"),
                new FindingLines.Line(Severity.ERROR, false,
                        "  (no source)  ERROR plan-review-due  PLAN  was due for review  <https://x.example/#plan>"),
                new FindingLines.Line(Severity.WARNING, true, "clause 5.2.10 (0 errors, 1 warning, 0 infos)"),
                new FindingLines.Line(Severity.WARNING, false, "  src/plan/controls.ttl:12  WARNING control-has-test"
                        + "  C-1  has no test record  <https://x.example/#c-1>")),
                lines.lines(List.of(warning, error)));
    }
}
