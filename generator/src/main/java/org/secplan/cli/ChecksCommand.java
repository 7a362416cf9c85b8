package org.secplan.cli;

import org.secplan.base.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.secplan.Secplan;
import org.secplan.check.CheckInfo;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code secplan checks}: list every check with its clause, default severity and title. */
@Command(name = "checks", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List secplan's checks (and a plan's own, when a plan directory is given).")
final class ChecksCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Mixin
    private DebugOption debug;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<plan-dir>",
            description = "Also list the checks in this plan's checks/ folder.")
    private Path planDirectory;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        List<CheckInfo> checks;
        try (Secplan secplan = Secplan.open()) {
            checks = planDirectory == null ? secplan.checks() : secplan.checks(planDirectory);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            List<Object> list = new ArrayList<>();
            for (CheckInfo c : checks) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("id", c.id());
                o.put("clause", c.clause());
                o.put("severity", c.defaultSeverity().name());
                o.put("title", c.title());
                o.put("kind", c.kind());
                list.add(o);
            }
            out.print(Json.text(Map.of("checks", list)));
        } else {
            int idWidth = checks.stream().mapToInt(c -> c.id().length()).max().orElse(2);
            int clauseWidth = Math.max(6, checks.stream().mapToInt(c -> c.clause().length()).max().orElse(6));
            String row = "%-" + idWidth + "s  %-" + clauseWidth + "s  %-8s  %-6s  %s%n";
            out.printf(Locale.ROOT, row, "ID", "CLAUSE", "SEVERITY", "KIND", "TITLE");
            for (CheckInfo c : checks) {
                out.printf(Locale.ROOT, row, c.id(), c.clause(), c.defaultSeverity(), c.kind(), c.title());
            }
            out.printf(Locale.ROOT, "%d checks%n", checks.size());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
