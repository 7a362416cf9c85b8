package org.secplan.plan;

import java.util.List;
import java.util.stream.Collectors;

import org.secplan.base.SecplanException;

/** A plan could not be loaded; holds every problem found, sorted by file, line and column. */
public class PlanLoadException extends SecplanException {
    private static final long serialVersionUID = 1L;

    private final transient List<PlanProblem> problems;

    public PlanLoadException(List<PlanProblem> problems) {
        super(describe(problems));
        this.problems = problems.stream().sorted().toList();
    }

    public List<PlanProblem> problems() {
        return problems;
    }

    private static String describe(List<PlanProblem> problems) {
        String lines = problems.stream().sorted().map(PlanProblem::toString).collect(Collectors.joining("\n"));
        int n = problems.size();
        return lines + "\n" + n + (n == 1 ? " problem" : " problems") + " in the plan";
    }
}
