package org.secplan.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.secplan.control.EntityChange;
import org.secplan.control.PlanDiff;
import org.secplan.control.PropertyChange;
import org.secplan.query.Term;

import org.secplan.query.QueryRejectedException;
import org.secplan.query.QueryResult;
import org.secplan.query.NamedQuery;
import org.secplan.query.NamedQueryCatalog;
import org.secplan.query.FactCatalog;
import org.secplan.query.SafeQueryExecutor;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.secplan.plan.Entity;
import org.secplan.plan.PlanGraph;

/**
 * Runs users' queries over a plan — a named query of the catalog or SPARQL of their own — with variables bound to
 * entities by identifier and {@code ?asOf} bound to the date the plan is judged by, as the checks see it. The
 * CLI, the Maven plugin and the pages' query macros all come through here, so a query means the same everywhere.
 */
public final class PlanQueries {
    private final SafeQueryExecutor executor;
    private final NamedQueryCatalog catalog;
    private final FactCatalog facts;

    /** @param facts the plan facts a query may use with a {@code FACT <name>} line, as the checks do */
    public PlanQueries(SafeQueryExecutor executor, NamedQueryCatalog catalog, FactCatalog facts) {
        this.executor = executor;
        this.catalog = catalog;
        this.facts = facts;
    }

    public FactCatalog facts() {
        return facts;
    }

    public NamedQueryCatalog catalog() {
        return catalog;
    }

    /**
     * Runs the named query {@code name}; only the parameters its header declares are accepted.
     *
     * @param previous when not null, put in the named graph {@code <urn:secplan:previous>}
     */
    public QueryResult named(PlanGraph plan, PlanGraph previous, String name, Map<String, String> parameters,
                             LocalDate asOf) {
        NamedQuery query = catalog.require(name);
        for (String variable : parameters.keySet()) {
            String var = variable(variable);
            if (!query.info().parameters().contains(var)) {
                throw new QueryRejectedException("the query '" + name + "' has no parameter '" + var + "'"
                        + (query.info().parameters().isEmpty() ? " (it takes none)"
                                : " (it takes: " + String.join(", ", query.info().parameters()) + ")"));
            }
        }
        if (query.name().equals(PLAN_DIFF)) {
            return planDiff(plan, previous);
        }
        return sparql(plan, previous, query.sparql(), parameters, asOf);
    }

    /** The named query whose rows come from the element-by-element comparison of two versions. */
    static final String PLAN_DIFF = "plan-diff";
    private static final List<String> PLAN_DIFF_COLUMNS = List.of("change", "identifier", "label", "type", "property",
            "previous", "current", "details");

    private static QueryResult planDiff(PlanGraph plan, PlanGraph previous) {
        if (previous == null) {
            throw new QueryRejectedException("the query 'plan-diff' compares two versions of a plan: give the previous "
                    + "one (--previous DIR on the command line)");
        }
        List<Map<String, Term>> rows = new ArrayList<>();
        for (EntityChange e : PlanDiff.entities(previous, plan)) {
            if (e.properties().isEmpty()) {
                rows.add(row(e, "", List.of(), List.of(), ""));
            }
            for (PropertyChange p : e.properties()) {
                rows.add(row(e, p.property(), p.previous(), p.current(), p.describe()));
            }
        }
        return new QueryResult(PLAN_DIFF_COLUMNS, rows);
    }

    private static Map<String, Term> row(EntityChange e, String property, List<String> previous, List<String> current,
                                         String details) {
        Map<String, Term> row = new LinkedHashMap<>();
        row.put("change", text(e.kind().name()));
        row.put("identifier", text(e.identifier()));
        row.put("label", text(e.label()));
        row.put("type", text(e.type()));
        row.put("property", text(property));
        row.put("previous", text(String.join(", ", previous)));
        row.put("current", text(String.join(", ", current)));
        row.put("details", text(details));
        return row;
    }

    private static Term text(String value) {
        return Term.literal(value, "http://www.w3.org/2001/XMLSchema#string", null);
    }

    /**
     * Runs a user's own read-only SPARQL, as the CLI and the plugin take it: secplan's prefixes ({@code sp:},
     * {@code rdfs:}, {@code dcterms:}, ...) may be used without declaring them.
     *
     * @param previous when not null, put in the named graph {@code <urn:secplan:previous>}
     */
    public QueryResult adHoc(PlanGraph plan, PlanGraph previous, String sparql, Map<String, String> parameters,
                             LocalDate asOf) {
        return sparql(plan, previous, DefaultPrefixes.addTo(sparql), parameters, asOf);
    }

    /**
     * Runs read-only SPARQL with variables bound to entities: {@code parameters} map variable names to entity
     * identifiers.
     *
     * @param previous when not null, put in the named graph {@code <urn:secplan:previous>}
     */
    public QueryResult sparql(PlanGraph plan, PlanGraph previous, String sparql, Map<String, String> parameters,
                              LocalDate asOf) {
        Map<String, Node> bindings = new HashMap<>();
        parameters.forEach((variable, identifier) -> bindings.put(variable(variable), entityNode(plan, variable, identifier)));
        // queries that judge dates (expired acceptances, overdue reviews) see the date the checks judge by
        bindings.putIfAbsent("asOf", NodeFactory.createLiteralDT(asOf.toString(), XSDDatatype.XSDdate));
        DatasetGraph dataset = previous == null ? plan.dataset() : plan.datasetWithPrevious(previous);
        return executor.execute(dataset, facts.expand(sparql), bindings);
    }

    private static Node entityNode(PlanGraph plan, String variable, String identifier) {
        Entity entity = plan.byIdentifier(identifier).orElseThrow(() -> new QueryRejectedException(
                "parameter " + variable(variable) + "=" + identifier + ": no entity in the plan has the identifier '"
                        + identifier + "'"));
        return entity.iri().startsWith("_:") ? NodeFactory.createBlankNode(entity.iri().substring(2))
                : NodeFactory.createURI(entity.iri());
    }

    private static String variable(String name) {
        return name.replaceFirst("^[?$]", "");
    }
}
