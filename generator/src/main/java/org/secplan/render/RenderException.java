package org.secplan.render;

import java.util.List;

import org.secplan.base.SecplanException;
import org.secplan.check.Finding;

/** A render that failed because of the plan: broken links, unknown identifiers in macros, Asciidoctor errors. */
public final class RenderException extends SecplanException {
    private static final long serialVersionUID = 1L;
    private final transient List<Finding> findings;

    public RenderException(List<Finding> findings) {
        super(summary(findings));
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }

    private static String summary(List<Finding> findings) {
        StringBuilder s = new StringBuilder("the site was not written: " + findings.size() + " problem"
                + (findings.size() == 1 ? "" : "s") + " in the plan's pages");
        for (Finding f : findings) {
            s.append("\n  ").append(f.message());
        }
        return s.toString();
    }
}
