package org.secplan.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Parses, vets and runs one query over a dataset, read-only: only SELECT, ASK, CONSTRUCT and DESCRIBE are
 * accepted, the {@link QueryGuard} rules apply to every query it runs (parsed here or not), the
 * {@link ExecutionLocks} hold in its context as well, and the query is stopped after the policy's timeout — inside a
 * list walk too — or its row limit.
 */
public final class SafeQueryExecutor {

    private static final List<String> UPDATE_KEYWORDS = List.of("INSERT", "DELETE", "LOAD", "CLEAR", "DROP",
            "CREATE", "ADD", "MOVE", "COPY", "WITH");

    private final QueryPolicy policy;
    private final QueryGuard guard;

    public SafeQueryExecutor(QueryPolicy policy, QueryGuard guard) {
        this.policy = policy;
        this.guard = guard;
    }

    /** Parses and vets a query without running it. */
    public Query parse(String sparql) {
        Query query;
        try {
            query = QueryFactory.create(sparql, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            if (looksLikeUpdate(sparql)) {
                throw new QueryRejectedException("updates (INSERT, DELETE, LOAD, CLEAR, ...) are not allowed: "
                        + "secplan queries only read the plan; use SELECT, ASK, CONSTRUCT or DESCRIBE");
            }
            String reason = "SPARQL syntax error: " + firstLine(e.getMessage());
            throw new QueryRejectedException(reason, e.getLine(), e.getColumn(), "SPARQL syntax error at line "
                    + e.getLine() + ", column " + e.getColumn() + ": " + firstLine(e.getMessage()));
        } catch (QueryException e) {
            throw new QueryRejectedException("the query cannot be read: " + firstLine(e.getMessage()));
        }
        if (!(query.isSelectType() || query.isAskType() || query.isConstructType() || query.isDescribeType())) {
            throw new QueryRejectedException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries are allowed");
        }
        guard.check(query);
        return query;
    }

    /** The limits every query run here keeps to. */
    public QueryPolicy policy() {
        return policy;
    }

    /**
     * Vets a query a SHACL shape holds, as jena-shacl parsed it: the rules of {@link QueryGuard#checkShapeQuery}.
     * jena-shacl runs such queries itself, so they are refused before the shape may run at all.
     */
    public void vetShapeQuery(Query query) {
        guard.checkShapeQuery(query);
    }

    /** Runs {@code sparql} with the variables of {@code bindings} replaced by the given terms. */
    public QueryResult execute(DatasetGraph dataset, String sparql, Map<String, Node> bindings) {
        return run(dataset, parse(sparql), bindings);
    }

    /** Runs a parsed query; it is vetted again, whoever parsed it. */
    public QueryResult execute(DatasetGraph dataset, Query query, Map<String, Node> bindings) {
        guard.check(query);
        return run(dataset, query, bindings);
    }

    private QueryResult run(DatasetGraph dataset, Query query, Map<String, Node> bindings) {
        BindingBuilder substitution = BindingBuilder.create();
        bindings.forEach((name, value) -> substitution.add(Var.alloc(name), value));
        Binding binding = substitution.build();
        try (QueryExec exec = ExecutionLocks.apply(QueryExec.dataset(dataset))
                .query(query)
                .substitution(binding)
                .timeout(policy.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .build()) {
            if (query.isSelectType()) {
                return select(exec.select());
            }
            if (query.isAskType()) {
                boolean answer = exec.ask();
                return new QueryResult(List.of("result"), List.of(Map.of("result",
                        Term.literal(Boolean.toString(answer), "http://www.w3.org/2001/XMLSchema#boolean", null))));
            }
            Graph graph = query.isConstructType() ? exec.construct() : exec.describe();
            return triples(graph);
        } catch (QueryCancelledException e) {
            throw new QueryRejectedException("the query ran longer than " + policy.timeoutText()
                    + " and was stopped");
        } catch (CyclicListException e) {
            throw new QueryRejectedException(e.getMessage());
        } catch (QueryDeniedException e) {
            throw new QueryRejectedException(AlgebraInspector.serviceRefusal());
        }
    }

    private QueryResult select(RowSet rows) {
        List<String> columns = rows.getResultVars().stream().map(Var::getVarName).toList();
        List<Map<String, Term>> result = new ArrayList<>();
        while (rows.hasNext()) {
            Binding b = rows.next();
            if (result.size() >= policy.rowLimit()) {
                throw tooManyRows();
            }
            Map<String, Term> row = new LinkedHashMap<>();
            for (String column : columns) {
                Node value = b.get(Var.alloc(column));
                if (value != null) {
                    row.put(column, Terms.toTerm(value));
                }
            }
            result.add(row);
        }
        return new QueryResult(columns, result);
    }

    private QueryResult triples(Graph graph) {
        List<Triple> triples = graph.find().toList();
        if (triples.size() > policy.rowLimit()) {
            throw tooManyRows();
        }
        List<Map<String, Term>> rows = new ArrayList<>();
        triples.stream().map(t -> {
            Map<String, Term> row = new LinkedHashMap<>();
            row.put("subject", Terms.toTerm(t.getSubject()));
            row.put("predicate", Terms.toTerm(t.getPredicate()));
            row.put("object", Terms.toTerm(t.getObject()));
            return row;
        }).sorted(java.util.Comparator.comparing(Object::toString)).forEach(rows::add);
        return new QueryResult(List.of("subject", "predicate", "object"), rows);
    }

    private QueryRejectedException tooManyRows() {
        return new QueryRejectedException("the query gave more than " + policy.rowLimit()
                + " rows and was stopped; add a LIMIT or narrow it down");
    }

    private static boolean looksLikeUpdate(String sparql) {
        String body = sparql.lines().map(String::strip)
                .filter(l -> !l.startsWith("#") && !l.regionMatches(true, 0, "PREFIX", 0, 6)
                        && !l.regionMatches(true, 0, "BASE", 0, 4))
                .reduce("", (a, b) -> a + " " + b).strip().toUpperCase(java.util.Locale.ROOT);
        return UPDATE_KEYWORDS.stream().anyMatch(k -> body.startsWith(k + " ") || body.startsWith(k + "{")
                || body.equals(k));
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
