package org.secplan.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.secplan.audience.ClassificationLevel;
import org.secplan.audience.ClassificationScheme;
import org.secplan.base.Severity;
import org.secplan.check.CheckClassification;
import org.secplan.check.CheckInfo;
import org.secplan.check.Finding;

/**
 * The classification level of every check a plan is checked with, and so which checks — their ids, titles and
 * findings — an edition may show. secplan's own checks are readable by everyone. A plan's own check is plan content:
 * the level it declares, resolved against the plan's scheme (an unknown one fails closed to the highest and is
 * reported), else the plan's default level (the highest when the plan sets none).
 */
final class CheckLevels {

    private final ClassificationScheme scheme;
    private final List<CheckInfo> checks;
    private final Map<String, ClassificationLevel> byId = new HashMap<>();
    private final List<Finding> unknown = new ArrayList<>();

    CheckLevels(List<CheckInfo> checks, ClassificationScheme scheme) {
        this.scheme = scheme;
        this.checks = List.copyOf(checks);
        for (CheckInfo check : checks) {
            byId.put(check.id(), levelOf(check));
        }
    }

    private ClassificationLevel levelOf(CheckInfo check) {
        CheckClassification c = check.classification();
        if (!c.planDefined()) {
            return scheme.lowest();
        }
        if (c.level() == null) {
            return scheme.defaultLevel();
        }
        return scheme.resolve(c.level()).orElseGet(() -> {
            unknown.add(new Finding("check-classification-is-known", Severity.ERROR, "3.1", c.at().file(),
                    check.id(), c.at().file() + ":" + c.at().line() + ": unknown classification level '" + c.level()
                            + "'; the check is treated as the highest level, " + scheme.highest().label()
                            + ": it and its findings appear only in the edition that reads everything",
                    c.at().file(), c.at().line()));
            return scheme.highest();
        });
    }

    /** The checks an edition that reads up to {@code max} may list, in their order. */
    List<CheckInfo> readableUpTo(ClassificationLevel max) {
        return checks.stream().filter(c -> readable(c.id(), max)).toList();
    }

    /** True when an edition that reads up to {@code max} may show the check and its findings; an unknown check may not. */
    boolean readable(String checkId, ClassificationLevel max) {
        ClassificationLevel level = byId.get(checkId);
        return level != null && level.rank() <= max.rank();
    }

    /** Findings about checks that declare a level the scheme does not know: for the full edition only. */
    List<Finding> unknownLevels() {
        return List.copyOf(unknown);
    }
}
