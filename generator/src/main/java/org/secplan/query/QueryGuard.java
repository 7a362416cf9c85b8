package org.secplan.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Call;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Decides whether a parsed query is safe to run over a plan: no SERVICE (checked in the syntax and the algebra),
 * no FROM / FROM NAMED (which would read files or URLs), no dynamic function calls, and only functions from a
 * whitelist of pure ones (XPath {@code fn:}/{@code math:}, {@code xsd:} casts and a few {@code afn:} string
 * and math helpers). Property functions other than RDF list access are refused too.
 */
public final class QueryGuard {

    private static final String FN = "http://www.w3.org/2005/xpath-functions#";
    private static final String MATH = "http://www.w3.org/2005/xpath-functions/math#";
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final String AFN = "http://jena.apache.org/ARQ/function#";
    private static final Set<String> SAFE_AFN = Set.of("localname", "namespace", "min", "max", "pi", "e", "sqrt",
            "strjoin", "substr", "substring", "sprintf", "isBlank", "isURI", "isLiteral", "bnode", "sha1sum");
    private static final Set<String> SAFE_PROPERTY_FUNCTIONS = Set.of(
            "http://jena.apache.org/ARQ/list#member", "http://jena.apache.org/ARQ/list#index",
            "http://jena.apache.org/ARQ/list#length");
    private static final List<String> PROPERTY_FUNCTION_NAMESPACES = List.of("http://jena.apache.org/ARQ/",
            "java:", "http://jena.hpl.hp.com/ARQ/");

    /** Throws {@link QueryRejectedException} naming the first thing that is not allowed. */
    public void check(Query query) {
        if (query.hasDatasetDescription()) {
            throw new QueryRejectedException("FROM and FROM NAMED are not allowed: a query reads only the plan "
                    + "(and, with --previous, the named graph <urn:secplan:previous>)");
        }
        List<String> refusals = new ArrayList<>();
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementService el) {
                    refusals.add(serviceRefusal());
                }
            });
        }
        checkOp(Algebra.compile(query), refusals);
        if (!refusals.isEmpty()) {
            throw new QueryRejectedException(refusals.get(0));
        }
    }

    private void checkOp(Op op, List<String> refusals) {
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService opService) {
                refusals.add(serviceRefusal());
            }

            @Override
            public void visit(OpBGP opBGP) {
                opBGP.getPattern().forEach(t -> checkPredicate(t, refusals));
            }

            @Override
            public void visit(OpTriple opTriple) {
                checkPredicate(opTriple.getTriple(), refusals);
            }

            @Override
            public void visit(OpPath opPath) {
                // paths are built from ordinary predicates only
            }

            @Override
            public void visit(OpPropFunc opPropFunc) {
                String iri = opPropFunc.getProperty().getURI();
                if (!SAFE_PROPERTY_FUNCTIONS.contains(iri)) {
                    refusals.add("the property function <" + iri + "> is not allowed in secplan queries");
                }
            }
        }, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN func) {
                if (func instanceof E_Call) {
                    refusals.add("CALL (dynamic function calls) is not allowed in secplan queries");
                } else if (func instanceof E_Function f && !isSafeFunction(f.getFunctionIRI())) {
                    refusals.add("the function <" + f.getFunctionIRI() + "> is not allowed in secplan queries "
                            + "(allowed: SPARQL built-ins, fn:, math:, xsd: casts and a few afn: functions)");
                }
            }

            @Override
            public void visit(ExprFunctionOp funcOp) {
                checkOp(funcOp.getGraphPattern(), refusals);
            }
        });
    }

    private static void checkPredicate(Triple t, List<String> refusals) {
        Node p = t.getPredicate();
        if (p.isURI() && !SAFE_PROPERTY_FUNCTIONS.contains(p.getURI())
                && PROPERTY_FUNCTION_NAMESPACES.stream().anyMatch(ns -> p.getURI().startsWith(ns))) {
            refusals.add("the property function <" + p.getURI() + "> is not allowed in secplan queries");
        }
    }

    static boolean isSafeFunction(String iri) {
        if (iri == null) {
            return false;
        }
        if (iri.startsWith(FN) || iri.startsWith(MATH) || iri.startsWith(XSD)) {
            return true;
        }
        return iri.startsWith(AFN) && SAFE_AFN.contains(iri.substring(AFN.length()));
    }

    private static String serviceRefusal() {
        return "SERVICE is not allowed: secplan queries never reach the network";
    }
}
