package org.secplan.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.ShaclPlainValidator;
import org.secplan.base.SecplanException;
import org.secplan.query.QueryPolicy;

/**
 * A check written as a SHACL shape. It validates the plan merged with the ontology (so targets by class see
 * subclasses), and reports only focus nodes that the plan's own files state something about. Its SPARQL was vetted
 * when the file was read ({@link ShapeQueryVetting}); jena-shacl has no timeout, so the check reads the plan through
 * a {@link DeadlineGraph} that stops it after the query timeout.
 */
public final class ShaclCheck implements Check {

    private final CheckInfo info;
    private final String origin;
    private final Shapes shapes;
    private final Optional<String> message;

    ShaclCheck(CheckInfo info, String origin, Shapes shapes, Optional<String> message) {
        this.info = info;
        this.origin = origin;
        this.shapes = shapes;
        this.message = message;
    }

    @Override
    public CheckInfo info() {
        return info;
    }

    @Override
    public String origin() {
        return origin;
    }

    @Override
    public List<Violation> run(CheckInput input) {
        QueryPolicy policy = input.executor().policy();
        ValidationReport report;
        try {
            report = new ShaclPlainValidator().validate(shapes, new DeadlineGraph(input.plan().graph(),
                    policy.timeout()));
        } catch (QueryCancelledException e) {
            throw new SecplanException("the SHACL check ran longer than " + policy.timeoutText()
                    + " and was stopped");
        }
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            if (!input.plan().isPlanSubject(entry.focusNode())) {
                continue;
            }
            String text = message.orElseGet(() -> entry.message() == null ? info.title() : entry.message());
            violations.add(new Violation(entry.focusNode(), text));
        }
        return violations;
    }
}
