package org.secplan.check;

import org.secplan.base.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.secplan.base.SecplanException;
import org.secplan.config.CheckOverride;
import org.secplan.config.PlanConfig;
import org.secplan.plan.Entity;
import org.secplan.plan.PlanGraph;
import org.secplan.plan.SourceLocation;
import org.secplan.query.SafeQueryExecutor;

/**
 * A set of checks, run together over a plan: applies the plan's overrides (severity, enabled), turns each
 * violation into a {@link Finding} that names the entity and points at its definition, and sorts the findings
 * by clause, check id and identifier.
 */
public final class CheckSuite {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::clause, ClauseNumbers.ORDER)
            .thenComparing(Finding::checkId)
            .thenComparing(Finding::identifier)
            .thenComparing(Finding::focus)
            .thenComparing(Finding::message);

    private final List<Check> checks;
    private final SafeQueryExecutor executor;

    public CheckSuite(List<Check> checks, SafeQueryExecutor executor) {
        Map<String, Check> byId = new HashMap<>();
        for (Check check : checks) {
            Check previous = byId.putIfAbsent(check.info().id(), check);
            if (previous != null) {
                throw CheckLoader.duplicate(check.info().id(), previous.origin(), check.origin());
            }
        }
        this.checks = checks.stream().sorted(Comparator.comparing((Check c) -> c.info().clause(), ClauseNumbers.ORDER)
                .thenComparing(c -> c.info().id())).toList();
        this.executor = executor;
    }

    public List<CheckInfo> infos() {
        return checks.stream().map(Check::info).toList();
    }

    /** Runs every enabled check over {@code plan}, judging dates as of {@code asOf}. */
    public CheckReport run(PlanGraph plan, LocalDate asOf) {
        PlanConfig config = plan.config();
        verifyOverrides(config);
        CheckInput input = new CheckInput(plan, asOf, executor);
        Set<Finding> findings = new LinkedHashSet<>();
        for (Check check : checks) {
            CheckInfo info = check.info();
            if (!config.isEnabled(info.id())) {
                continue;
            }
            Severity severity = config.severityOf(info.id(), info.defaultSeverity());
            for (Violation v : runOne(check, input)) {
                findings.add(toFinding(plan, info, severity, v));
            }
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        return new CheckReport(sorted);
    }

    private static List<Violation> runOne(Check check, CheckInput input) {
        try {
            return check.run(input);
        } catch (SecplanException e) {
            throw new SecplanException("the check '" + check.info().id() + "' (" + check.origin() + ") failed: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Checks secplan once had and no longer runs: a setting that names one still means what it meant (nothing left
     * to raise, lower or switch off), so a plan's settings keep loading after an upgrade.
     */
    static final Set<String> RETIRED = Set.of(
            // every element now resolves to a level; plan-has-default-classification says once when none is set
            "entity-resolves-to-classification-level");

    private void verifyOverrides(PlanConfig config) {
        Set<String> known = new LinkedHashSet<>(RETIRED);
        checks.forEach(c -> known.add(c.info().id()));
        List<String> unknown = new ArrayList<>();
        for (CheckOverride o : config.checks().values()) {
            if (!known.contains(o.checkId())) {
                unknown.add(PlanConfig.FILE_NAME + ":" + o.line() + ":1: no check is named '" + o.checkId()
                        + "' (run 'secplan checks' to list them)");
            }
        }
        if (!unknown.isEmpty()) {
            throw new SecplanException(String.join("\n", unknown));
        }
    }

    private static Finding toFinding(PlanGraph plan, CheckInfo info, Severity severity, Violation v) {
        String focus = v.focus().isURI() ? v.focus().getURI() : "_:" + v.focus().getBlankNodeLabel();
        Optional<Entity> entity = plan.entity(v.focus());
        String identifier = entity.map(Entity::identifier).orElse(focus);
        String name = entity.map(Entity::title).orElse(plan.shortForm(focus));
        String message = v.message().strip();
        if (!message.startsWith(identifier)) {
            message = name + ": " + message;
        }
        Optional<SourceLocation> at = entity.map(Entity::source).or(() -> plan.sourceOf(focus));
        return new Finding(info.id(), severity, info.clause(), focus, identifier, message,
                at.map(SourceLocation::file).orElse(null), at.map(SourceLocation::line).orElse(0));
    }
}
