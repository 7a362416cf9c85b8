package org.secplan.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropFuncArgType;
import org.apache.jena.sparql.pfunction.PropertyFunctionEval;

/**
 * {@code list:member}, {@code list:index} and {@code list:length} as secplan runs them: the same answers as ARQ's,
 * computed with {@link RdfListWalk}, so a cyclic list gives a clear error and a cancelled query stops mid-walk.
 */
final class BoundedListFunction extends PropertyFunctionEval {

    enum Kind { MEMBER, INDEX, LENGTH }

    private final Kind kind;

    BoundedListFunction(Kind kind) {
        super(PropFuncArgType.PF_ARG_SINGLE, kind == Kind.INDEX ? PropFuncArgType.PF_ARG_LIST
                : PropFuncArgType.PF_ARG_SINGLE);
        this.kind = kind;
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
                                       ExecutionContext execCxt) {
        RdfListWalk walk = new RdfListWalk(execCxt.getActiveGraph(), execCxt.getCancelSignal());
        Node listArg = subject.getArg();
        java.util.Collection<Node> lists = Var.isVar(listArg) ? walk.heads() : List.of(listArg);
        List<Binding> rows = new ArrayList<>();
        for (Node list : lists) {
            Optional<List<Node>> members = walk.members(list);
            if (members.isEmpty()) {
                continue;
            }
            List<Node> values = members.get();
            switch (kind) {
                case MEMBER -> values.forEach(m -> row(binding, listArg, list, List.of(object.getArg()), List.of(m))
                        .ifPresent(rows::add));
                case INDEX -> {
                    if (object.getArgListSize() != 2) {
                        continue;
                    }
                    for (int i = 0; i < values.size(); i++) {
                        row(binding, listArg, list, object.getArgList(), List.of(integer(i), values.get(i)))
                                .ifPresent(rows::add);
                    }
                }
                case LENGTH -> row(binding, listArg, list, List.of(object.getArg()), List.of(integer(values.size())))
                        .ifPresent(rows::add);
            }
        }
        return QueryIterPlainWrapper.create(rows.iterator(), execCxt);
    }

    /** {@code binding} extended so the patterns match the values, if they can. */
    private static Optional<Binding> row(Binding binding, Node listArg, Node list, List<Node> patterns,
                                         List<Node> values) {
        BindingBuilder row = BindingBuilder.create(binding);
        if (!bind(row, listArg, list)) {
            return Optional.empty();
        }
        for (int i = 0; i < patterns.size(); i++) {
            if (!bind(row, patterns.get(i), values.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(row.build());
    }

    private static boolean bind(BindingBuilder row, Node pattern, Node value) {
        if (!Var.isVar(pattern)) {
            return same(pattern, value);
        }
        Var var = Var.alloc(pattern);
        Node bound = row.get(var);
        if (bound != null) {
            return bound.equals(value);
        }
        row.add(var, value);
        return true;
    }

    private static boolean same(Node a, Node b) {
        if (a.equals(b)) {
            return true;
        }
        if (!a.isLiteral() || !b.isLiteral()) {
            return false;
        }
        try {
            return NodeValue.sameValueAs(NodeValue.makeNode(a), NodeValue.makeNode(b));
        } catch (RuntimeException notComparable) {
            return false;
        }
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }
}
