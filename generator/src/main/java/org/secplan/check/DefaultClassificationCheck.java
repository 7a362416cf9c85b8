package org.secplan.check;

import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.secplan.audience.ClassificationScheme;
import org.secplan.base.Severity;

/**
 * Says once that the plan sets no default classification level. Need-to-know then fails closed: every element and
 * narrative page without a level of its own is treated as the highest level, so the lower editions hold only what
 * the plan classified explicitly. Safe, but rarely what the plan meant.
 *
 * <p>Written in Java so that it asks the very rule the editions follow ({@link ClassificationScheme#read}: the top
 * plan's {@code sp:defaultClassification}) instead of a query that could come to disagree with it. A default that
 * names no level is reported by {@code classification-level-is-known}.
 */
final class DefaultClassificationCheck implements Check {

    static final CheckInfo INFO = new CheckInfo("plan-has-default-classification", "3.1", Severity.WARNING,
            "The plan sets a default classification level for what it does not classify", "java");

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public String origin() {
        return DefaultClassificationCheck.class.getName();
    }

    @Override
    public List<Violation> run(CheckInput input) {
        ClassificationScheme scheme = ClassificationScheme.read(input.plan().graph());
        if (scheme.defaultDeclared()) {
            return List.of();
        }
        // a graph without a plan has nothing to attach the finding to; its lower editions are as closed all the same
        return scheme.plan().map(plan -> List.of(new Violation(NodeFactory.createURI(plan),
                "sets no default classification level (sp:defaultClassification), so every element and page without "
                        + "a level of its own is treated as the highest level, " + scheme.highest().label()
                        + ", and appears only in the editions that may read it"))).orElse(List.of());
    }
}
