package org.secplan.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.secplan.base.BundledResources;

/**
 * The plan facts: every derived fact that both the checks and the site judge a plan by ("a risk's level now",
 * "over its acceptance level", "next review due", "overdue", "effective") defined once, as a SPARQL SELECT in
 * {@code secplan/facts/<name>.rq} that judges dates against {@code ?asOf}.
 *
 * <p>A check or a named query uses a fact with a line {@code FACT <name>} inside a group; {@link #expand} puts the
 * fact's SELECT there as a sub-query, on that one line so that the lines of the rest keep their numbers. The site
 * reads the same SELECTs ({@link #sparql}), so a figure on a page and a finding come from one rule.
 */
public final class FactCatalog {

    /** {@code FACT name} alone on a line (indented or not). */
    private static final Pattern DIRECTIVE = Pattern.compile("(?m)^[ \\t]*FACT[ \\t]+([A-Za-z0-9_-]+)[ \\t]*$");

    /** One fact: its name, its title and its SELECT, without a prologue and on one line. */
    public record Fact(String name, String title, Query query, String inline) {
    }

    private final Map<String, Fact> facts = new TreeMap<>();

    /**
     * Reads the bundled facts. A fact may itself use other facts with {@code FACT <name>} lines (whether an
     * acceptance still covers a risk is judged on the risk's level now): those are expanded first, and a fact
     * that uses itself, directly or through others, is refused.
     */
    public FactCatalog(BundledResources resources, SafeQueryExecutor executor) {
        Map<String, BundledResources.Resource> sources = new TreeMap<>();
        for (BundledResources.Resource r : resources.list("secplan/facts", ".rq")) {
            RqHeader header = RqHeader.parse(r.text());
            sources.put(header.get("fact").orElse(r.name().substring(0, r.name().length() - ".rq".length())), r);
        }
        for (String name : sources.keySet()) {
            define(name, sources, new ArrayList<>(), executor);
        }
    }

    private void define(String name, Map<String, BundledResources.Resource> sources, List<String> using,
                        SafeQueryExecutor executor) {
        if (facts.containsKey(name)) {
            return;
        }
        BundledResources.Resource r = sources.get(name);
        if (using.contains(name)) {
            throw new IllegalStateException("secplan's plan fact " + r.path() + " uses itself through "
                    + String.join(" -> ", using) + " -> " + name);
        }
        using.add(name);
        Matcher m = DIRECTIVE.matcher(r.text());
        while (m.find()) {
            if (sources.containsKey(m.group(1))) {
                define(m.group(1), sources, using, executor);
            }
        }
        using.remove(using.size() - 1);
        Query query = executor.parse(expand(r.text()));
        if (!query.isSelectType()) {
            throw new IllegalStateException("secplan's plan fact " + r.path() + " is not a SELECT");
        }
        facts.put(name, new Fact(name, RqHeader.parse(r.text()).get("title").orElse(name), query, inline(query)));
    }

    /** The facts, by name. */
    public List<Fact> facts() {
        return List.copyOf(facts.values());
    }

    public Optional<Fact> find(String name) {
        return Optional.ofNullable(facts.get(name));
    }

    /**
     * The query with every {@code FACT name} line replaced by that fact's sub-query.
     *
     * @throws QueryRejectedException naming the line of a fact that does not exist
     */
    public String expand(String sparql) {
        Matcher m = DIRECTIVE.matcher(sparql);
        if (!m.find()) {
            return sparql;
        }
        StringBuilder out = new StringBuilder();
        m.reset();
        while (m.find()) {
            Fact fact = facts.get(m.group(1));
            if (fact == null) {
                int line = 1 + (int) sparql.substring(0, m.start(1)).chars().filter(c -> c == '\n').count();
                String reason = "there is no plan fact '" + m.group(1) + "'; the facts are "
                        + String.join(", ", facts.keySet());
                int column = 1 + m.start(1) - (sparql.lastIndexOf('\n', m.start(1)) + 1);
                throw new QueryRejectedException(reason, line, column, "line " + line + ": " + reason);
            }
            m.appendReplacement(out, Matcher.quoteReplacement("  { " + fact.inline() + " }"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The fact's SELECT judged as of {@code asOf}, for readers that run plain SPARQL text. */
    public String sparql(Fact fact, LocalDate asOf) {
        Query bound = QueryTransformOps.syntaxSubstitute(fact.query(), Map.of(Var.alloc("asOf"),
                NodeFactory.createLiteralDT(asOf.toString(), XSDDatatype.XSDdate)));
        return bound.serialize();
    }

    /**
     * The SELECT with full IRIs instead of prefixed names, on one line: Jena writes string literals with their line
     * breaks escaped and writes no comments, so joining its lines changes nothing but the layout.
     */
    private static String inline(Query query) {
        Query copy = QueryTransformOps.shallowCopy(query);
        copy.setPrefixMapping(new PrefixMappingImpl());
        List<String> lines = new ArrayList<>();
        for (String line : copy.serialize().split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return String.join(" ", lines);
    }
}
