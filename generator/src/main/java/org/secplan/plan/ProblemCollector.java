package org.secplan.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;

/**
 * Turns RIOT's errors and warnings for one file into {@link PlanProblem}s. Every warning counts: an ill-typed
 * literal such as {@code "abc"^^xsd:date} is only a warning to RIOT but a mistake in a plan.
 */
final class ProblemCollector implements ErrorHandler {

    private final String file;
    private final MessageTranslator translator;
    private final Set<PlanProblem> problems = new LinkedHashSet<>();
    private boolean fatal;

    ProblemCollector(String file, MessageTranslator translator) {
        this.file = file;
        this.translator = translator;
    }

    @Override
    public void warning(String message, long line, long col) {
        add(message, line, col);
    }

    @Override
    public void error(String message, long line, long col) {
        add(message, line, col);
    }

    /** Records the problem and stops the parse: RIOT cannot go on after a fatal error. */
    @Override
    public void fatal(String message, long line, long col) {
        fatal = true;
        add(message, line, col);
        throw new RiotParseException(message, line, col);
    }

    /** Records a problem RIOT reported by exception only, unless the same position was already reported. */
    void fatalIfNew(String message, long line, long col) {
        fatal = true;
        SourceLocation at = location(line, col);
        if (problems.stream().noneMatch(p -> p.location().equals(at))) {
            add(message, line, col);
        }
    }

    boolean hadFatal() {
        return fatal;
    }

    List<PlanProblem> problems() {
        return new ArrayList<>(problems);
    }

    private void add(String message, long line, long col) {
        problems.add(new PlanProblem(location(line, col), translator.translate(message)));
    }

    private SourceLocation location(long line, long col) {
        return new SourceLocation(file, (int) Math.max(line, 1), (int) Math.max(col, 1));
    }
}
