package org.secplan.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.secplan.base.AtomicFiles;
import org.secplan.build.AudienceScope;
import org.secplan.export.QueryResultWriter;
import org.secplan.query.NamedQueryInfo;
import org.secplan.query.QueryResult;

/**
 * Runs a query on the plan — one of secplan's named queries, an inline SPARQL query or a {@code .rq} file — and
 * prints the result as a table, or writes it as CSV, JSON or a table to a file, byte for byte as
 * {@code secplan query} prints it. Queries are read-only and
 * time-limited; with {@link #audience} they run on that audience's view of the plan. For example
 * {@code mvn secplan:query -Dsecplan.query=orphan-controls -Dsecplan.audience=staff} or
 * {@code mvn secplan:query -Dsecplan.query=objective-coverage -Dsecplan.outputFile=target/coverage.csv}.
 */
@Mojo(name = "query", threadSafe = true)
public class QueryMojo extends AbstractSecplanMojo {

    /**
     * The name of a built-in query: {@code objective-coverage}, {@code control-impact},
     * {@code risks-over-acceptance}, {@code orphan-controls}, {@code role-ownership}, ... (run the goal without a
     * query to list them all).
     */
    @Parameter(property = "secplan.query")
    protected String query;

    /**
     * An inline SPARQL SELECT (or ASK, CONSTRUCT, DESCRIBE) query, instead of {@link #query}. It may use secplan's
     * prefixes ({@code sp:}, {@code rdfs:}, {@code dcterms:}, ...) without declaring them, as with the CLI.
     */
    @Parameter(property = "secplan.sparql")
    protected String sparql;

    /** A file holding a SPARQL query, instead of {@link #query}. */
    @Parameter(property = "secplan.queryFile")
    protected File queryFile;

    /**
     * Values for the query's parameters, each {@code name=value} where the value is an entity identifier, for
     * example {@code objective=OBJ-01}: a named query's declared parameters, or any variable of an inline query or a
     * query file. Comma-separated on the command line.
     */
    @Parameter(property = "secplan.parameters")
    protected List<String> parameters;

    /**
     * The output format: {@code table}, {@code csv} or {@code json}. Defaults to the extension of
     * {@link #outputFile} ({@code .csv}, {@code .json}), else {@code table}.
     */
    @Parameter(property = "secplan.format")
    protected String format;

    /**
     * The audience whose view of the plan the query runs on — the view its site edition is built from — so that the
     * result holds nothing above that audience's level; {@code plan-diff} then compares what that audience may see
     * of both versions. When not set, a plan that declares audiences is queried whole, every level of it, and the
     * log says so. An identifier the plan does not declare fails the build, naming the plan's audiences.
     */
    @Parameter(property = "secplan.audience")
    protected String audience;

    /** The file to write the result to; when not set, the result is printed to the log as a table. */
    @Parameter(property = "secplan.outputFile")
    protected File outputFile;

    @Override
    protected String goal() {
        return "query";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        int given = (blank(query) ? 0 : 1) + (blank(sparql) ? 0 : 1) + (queryFile == null ? 0 : 1);
        if (given != 1) {
            throw new MojoFailureException((given == 0 ? "Name the query to run" : "Give only one query")
                    + ": -Dsecplan.query=NAME, -Dsecplan.sparql=QUERY or -Dsecplan.queryFile=FILE.rq. Named queries:\n"
                    + catalog());
        }
        QueryResultWriter.Format fmt = outputFormat();
        String text = sparqlText();

        AudienceScope scope = secplan().scope(loadPlan(), blank(audience) ? null : audience.trim());
        if (scope.wholePlanOfAPlanWithAudiences()) {
            getLog().warn("secplan: no secplan.audience given: this query runs on the whole plan, every level of it "
                    + "(use -Dsecplan.audience=ID to see only what one audience may see)");
        }
        QueryResult result;
        if (!blank(query)) {
            String name = query.trim();
            if (secplan().namedQueries().stream().noneMatch(q -> q.name().equals(name))) {
                throw new MojoFailureException("secplan.query: there is no named query '" + name + "'. Named queries:\n"
                        + catalog());
            }
            result = secplan().namedQuery(scope, null, name, parameterMap());
        } else {
            result = secplan().query(scope, null, text, parameterMap());
        }

        // IRIs are shortened with the prefixes of what the scope sees: a prefix name can say too much
        QueryResultWriter writer = new QueryResultWriter(scope.plan());
        if (outputFile == null) {
            String what = blank(query) ? "query" : "query " + query.trim();
            getLog().info("secplan: " + what + " on the plan in " + display(planDirectory.toPath())
                    + scope.audience().map(a -> " as the audience " + a + " may see it").orElse("") + ":");
            if (fmt == QueryResultWriter.Format.TABLE) {
                writer.tableLines(result).forEach(getLog()::info);
            } else {
                writer.text(result, fmt).lines().forEach(getLog()::info);
            }
            return;
        }
        try {
            AtomicFiles.writeText(outputFile.toPath(), w -> writer.write(result, fmt, w));
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("cannot write " + outputFile + ": " + e.getMessage(), e);
        }
        getLog().info("secplan: " + AbstractSecplanMojo.count(result.size(), "row") + " written to "
                + display(outputFile.toPath()) + " (" + fmt.name().toLowerCase(Locale.ROOT)
                + scope.audience().map(a -> ", audience " + a).orElse("") + ")");
    }

    private String sparqlText() throws MojoFailureException {
        if (queryFile == null) {
            return sparql;
        }
        try {
            return Files.readString(queryFile.toPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoFailureException("secplan.queryFile: cannot read " + display(queryFile.toPath()) + ": " + e.getMessage());
        }
    }

    private QueryResultWriter.Format outputFormat() throws MojoFailureException {
        String f = format;
        if (blank(f)) {
            String name = outputFile == null ? "" : outputFile.getName().toLowerCase(Locale.ROOT);
            f = name.endsWith(".csv") ? "csv" : name.endsWith(".json") ? "json" : "table";
        }
        try {
            return QueryResultWriter.Format.parse(f);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("secplan.format: " + e.getMessage());
        }
    }

    private Map<String, String> parameterMap() throws MojoFailureException {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : parameters == null ? List.<String>of() : parameters) {
            for (String pair : entry.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new MojoFailureException("secplan.parameters: '" + pair.trim()
                            + "' is not name=value, e.g. objective=OBJ-01");
                }
                map.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return map;
    }

    private String catalog() {
        return secplan().namedQueries().stream()
                .map(QueryMojo::describe)
                .collect(Collectors.joining("\n"));
    }

    private static String describe(NamedQueryInfo q) {
        return "  " + q.name() + (q.parameters().isEmpty() ? "" : " (parameters: " + String.join(", ", q.parameters()) + ")")
                + " - " + q.title();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
