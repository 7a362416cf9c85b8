package org.secplan.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorByType;
import org.apache.jena.sparql.algebra.op.Op0;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpExt;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpAssign;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProcedure;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpQuad;
import org.apache.jena.sparql.algebra.op.OpQuadBlock;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.op.OpUnfold;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.E_Call;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.aggregate.AggCustom;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.path.P_NegPropSet;
import org.apache.jena.sparql.path.P_Path0;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.Element;

/**
 * Walks every operator and every expression of a query's algebra — filters, binds, projections, aggregates and
 * their arguments, GROUP BY, ORDER BY, HAVING, LEFT JOIN conditions, EXISTS and NOT EXISTS, sub-queries, property
 * paths, property functions — and records what the rules refuse. ARQ's own walker skips ORDER BY conditions and
 * aggregate arguments, so this one visits each operator kind itself; an operator it does not know is refused.
 */
final class AlgebraInspector extends OpVisitorByType {

    private final Set<String> allowedPropertyFunctions;
    private final String propertyFunctionAdvice;
    private final List<String> refusals = new ArrayList<>();

    private AlgebraInspector(Set<String> allowedPropertyFunctions, String propertyFunctionAdvice) {
        this.allowedPropertyFunctions = allowedPropertyFunctions;
        this.propertyFunctionAdvice = propertyFunctionAdvice;
    }

    /**
     * What in {@code op} is not allowed, in walk order; empty when nothing is. A refused property function's
     * message ends with {@code propertyFunctionAdvice}.
     */
    static List<String> refusals(Op op, Set<String> allowedPropertyFunctions, String propertyFunctionAdvice) {
        AlgebraInspector inspector = new AlgebraInspector(allowedPropertyFunctions, propertyFunctionAdvice);
        op.visit(inspector);
        return List.copyOf(inspector.refusals);
    }

    static String serviceRefusal() {
        return "SERVICE is not allowed: secplan queries never reach the network";
    }

    // ---- operators with children

    @Override
    protected void visitN(OpN op) {
        op.getElements().forEach(sub -> sub.visit(this));
    }

    @Override
    protected void visit2(Op2 op) {
        op.getLeft().visit(this);
        op.getRight().visit(this);
    }

    @Override
    protected void visit1(Op1 op) {
        op.getSubOp().visit(this);
    }

    @Override
    protected void visit0(Op0 op) {
        // tables (VALUES), null and dataset-name operators hold terms only
    }

    @Override
    protected void visitExt(OpExt op) {
        refusals.add("the extension operator '" + op.getName() + "' is not allowed in secplan queries");
    }

    @Override
    protected void visitFilter(OpFilter op) {
        expressions(op.getExprs());
        visit1(op);
    }

    @Override
    protected void visitLeftJoin(OpLeftJoin op) {
        expressions(op.getExprs());
        visit2(op);
    }

    @Override
    public void visit(OpExtend op) {
        expressions(op.getVarExprList());
        visit1(op);
    }

    @Override
    public void visit(OpAssign op) {
        expressions(op.getVarExprList());
        visit1(op);
    }

    @Override
    public void visit(OpGroup op) {
        expressions(op.getGroupVars());
        op.getAggregators().forEach(this::expression);
        visit1(op);
    }

    @Override
    public void visit(OpOrder op) {
        op.getConditions().forEach(c -> expression(c.getExpression()));
        visit1(op);
    }

    @Override
    public void visit(OpTopN op) {
        op.getConditions().forEach(c -> expression(c.getExpression()));
        visit1(op);
    }

    @Override
    public void visit(OpUnfold op) {
        expression(op.getExpr());
        visit1(op);
    }

    @Override
    public void visit(OpService op) {
        refusals.add(serviceRefusal());
    }

    @Override
    public void visit(OpProcedure op) {
        refusals.add("procedures (<" + op.getProcId() + ">) are not allowed in secplan queries");
    }

    @Override
    public void visit(OpPropFunc op) {
        propertyFunction(op.getProperty());
        visit1(op);
    }

    // ---- triple patterns and paths: a predicate may name a property function

    @Override
    public void visit(OpBGP op) {
        op.getPattern().forEach(t -> predicate(t.getPredicate()));
    }

    @Override
    public void visit(OpTriple op) {
        predicate(op.getTriple().getPredicate());
    }

    @Override
    public void visit(OpQuadPattern op) {
        op.getPattern().forEach(q -> predicate(q.getPredicate()));
    }

    @Override
    public void visit(OpQuadBlock op) {
        op.getPattern().forEach(q -> predicate(q.getPredicate()));
    }

    @Override
    public void visit(OpQuad op) {
        predicate(op.getQuad().getPredicate());
    }

    @Override
    public void visit(OpPath op) {
        path(op.getTriplePath().getPath());
    }

    private void path(Path path) {
        if (path instanceof P_Path0 link) {
            predicate(link.getNode());
        } else if (path instanceof P_NegPropSet negated) {
            negated.getNodes().forEach(link -> predicate(link.getNode()));
        } else if (path instanceof P_Path1 one) {
            path(one.getSubPath());
        } else if (path instanceof P_Path2 two) {
            path(two.getLeft());
            path(two.getRight());
        }
    }

    private void predicate(Node p) {
        if (p.isURI() && SafeFunctions.looksLikePropertyFunction(p.getURI())) {
            propertyFunction(p);
        }
    }

    private void propertyFunction(Node p) {
        String iri = p.isURI() ? p.getURI() : p.toString();
        if (!allowedPropertyFunctions.contains(iri)) {
            refusals.add("the property function <" + iri + "> is not allowed in secplan queries"
                    + propertyFunctionAdvice);
        }
    }

    // ---- expressions, to the leaves

    private void expressions(ExprList exprs) {
        if (exprs != null) {
            exprs.forEach(this::expression);
        }
    }

    private void expressions(VarExprList exprs) {
        if (exprs != null) {
            exprs.forEachVarExpr((v, e) -> expression(e));
        }
    }

    private void expression(Expr expr) {
        if (expr == null) {
            return;
        }
        if (expr instanceof ExprAggregator agg) {
            aggregator(agg.getAggregator());
            return;
        }
        if (expr instanceof ExprFunctionOp exists) {
            pattern(exists.getGraphPattern(), exists.getElement());
        }
        if (expr instanceof E_Call) {
            refusals.add("CALL (dynamic function calls) is not allowed in secplan queries");
        } else if (expr instanceof E_Function f && !SafeFunctions.isSafeFunction(f.getFunctionIRI())) {
            refusals.add("the function <" + f.getFunctionIRI() + "> is not allowed in secplan queries "
                    + "(allowed: SPARQL built-ins, fn:, math:, xsd: casts and a few afn: functions)");
        }
        if (expr instanceof ExprFunction f) {
            f.getArgs().forEach(this::expression);
        }
    }

    private void aggregator(Aggregator aggregator) {
        if (aggregator instanceof AggCustom custom) {
            refusals.add("the custom aggregate <" + custom.getIRI() + "> is not allowed in secplan queries");
        }
        expressions(aggregator.getExprList());
    }

    /** EXISTS and NOT EXISTS carry their pattern as algebra once compiled, as syntax before. */
    private void pattern(Op op, Element element) {
        if (op != null) {
            op.visit(this);
        } else if (element != null) {
            Algebra.compile(element).visit(this);
        }
    }
}
