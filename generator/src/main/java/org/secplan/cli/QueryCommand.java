package org.secplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.secplan.Secplan;
import org.secplan.base.SecplanException;
import org.secplan.build.AudienceScope;
import org.secplan.export.QueryResultWriter;
import org.secplan.plan.PlanGraph;
import org.secplan.query.NamedQueryInfo;
import org.secplan.query.QueryResult;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code secplan query}: run a named or ad-hoc read-only SPARQL query over a plan. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Run a read-only SPARQL query over a plan (merged with the secplan ontology).",
            "Queries cannot update, reach the network (SERVICE) or call system functions; they stop after 30 s."},
        footer = {"", "Examples:", "  secplan query --list",
            "  secplan query plan/ --name control-impact --param control=CTL-1",
            "  secplan query plan/ --sparql 'SELECT ?r WHERE { ?r a sp:Risk }'",
            "  secplan query plan/ --name plan-diff --previous old-plan/",
            "  secplan query plan/ --audience staff --name risks-over-acceptance"})
final class QueryCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, csv, json }

    /** Exactly one way to give the query. */
    static final class Source {
        @Option(names = "--name", paramLabel = "NAME", description = "A built-in named query (see --list).")
        String name;

        @Option(names = "--file", paramLabel = "Q.rq", description = "A file holding the query.")
        Path file;

        @Option(names = "--sparql", paramLabel = "TEXT", description = "The query text itself.")
        String sparql;
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private DebugOption debug;

    @Mixin
    private AudienceOption audience;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<plan-dir>", description = "The plan directory.")
    private Path planDirectory;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Source source;

    @Option(names = "--list", description = "List the built-in named queries and exit.")
    private boolean list;

    @Option(names = "--param", paramLabel = "name=IDENTIFIER",
            description = "Bind ?name to the entity with this dcterms:identifier (repeatable).")
    private Map<String, String> parameters = new TreeMap<>();

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); "
                    + "csv and json are the W3C SPARQL results formats.")
    private Format format;

    @Option(names = "--previous", paramLabel = "DIR",
            description = "Load an earlier version of the plan into the named graph <urn:secplan:previous> "
                    + "(for plan-diff); with --audience, as that audience may see it.")
    private Path previousDirectory;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            listQueries(out);
            return ExitCodes.OK;
        }
        if (planDirectory == null) {
            throw new ParameterException(spec.commandLine(), "a plan directory is required (or use --list)");
        }
        if (source == null) {
            throw new ParameterException(spec.commandLine(), "give the query with --name, --file or --sparql");
        }
        AudienceScope scope;
        QueryResult result;
        try (Secplan secplan = Secplan.open()) {
            scope = audience.scope(secplan, secplan.load(planDirectory), spec.commandLine().getErr());
            PlanGraph previous = previousDirectory == null ? null : secplan.load(previousDirectory);
            result = source.name != null
                    ? secplan.namedQuery(scope, previous, source.name, parameters)
                    : secplan.query(scope, previous, queryText(), parameters);
        }
        // IRIs are shortened with the prefixes of what the scope sees: a prefix name can say too much
        out.print(new QueryResultWriter(scope.plan()).text(result, QueryResultWriter.Format.parse(format.name())));
        out.flush();
        return ExitCodes.OK;
    }

    private String queryText() {
        if (source.file == null) {
            return source.sparql;
        }
        try {
            return Files.readString(source.file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SecplanException("cannot read the query file '" + source.file + "': " + e.getMessage());
        }
    }

    private void listQueries(PrintWriter out) {
        List<NamedQueryInfo> queries;
        try (Secplan secplan = Secplan.open()) {
            queries = secplan.namedQueries();
        }
        int width = queries.stream().mapToInt(q -> q.name().length()).max().orElse(4);
        for (NamedQueryInfo q : queries) {
            String params = q.parameters().isEmpty() ? ""
                    : " (parameters: " + String.join(", ", q.parameters()) + ")";
            out.printf(Locale.ROOT, "%-" + width + "s  %s%s%n", q.name(), q.title(), params);
        }
        out.flush();
    }
}
