package org.secplan.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.secplan.query.QueryResult;
import org.secplan.query.Term;

/** A check written as a SPARQL SELECT projecting {@code ?focus} and {@code ?message}; {@code ?asOf} is bound. */
public final class SparqlCheck implements Check {

    private final CheckInfo info;
    private final String origin;
    private final Query query;

    SparqlCheck(CheckInfo info, String origin, Query query) {
        this.info = info;
        this.origin = origin;
        this.query = query;
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
        Node asOf = NodeFactory.createLiteralDT(input.asOf().toString(), XSDDatatype.XSDdate);
        QueryResult result = input.executor().execute(input.plan().dataset(), query, Map.of("asOf", asOf));
        List<Violation> violations = new ArrayList<>();
        for (Map<String, Term> row : result.rows()) {
            Term focus = row.get("focus");
            if (focus == null || focus.kind() == Term.Kind.LITERAL) {
                continue;
            }
            Node node = focus.kind() == Term.Kind.IRI ? NodeFactory.createURI(focus.value())
                    : NodeFactory.createBlankNode(focus.value());
            Term message = row.get("message");
            violations.add(new Violation(node, message == null ? info.title() : message.value()));
        }
        return violations;
    }
}
