package org.secplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.secplan.Secplan;
import org.secplan.build.BuildOutcome;
import org.secplan.build.BuildRequest;
import org.secplan.build.Edition;
import org.secplan.check.Finding;
import org.secplan.render.RenderException;
import org.secplan.render.RenderResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code secplan render}: write the plan's static site. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Render a security plan as a static site that opens from file:// or any web server.",
            "Exits 1 when the plan's pages are broken (a broken link, an unknown identifier in a macro), "
                    + "2 for unusable input or a refused output directory."})
final class RenderCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DebugOption debug;

    @Parameters(index = "0", paramLabel = "<plan-dir>", description = "The plan directory (holding the *.ttl files).")
    private Path planDirectory;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Where to write the editions, one directory per audience. Each is replaced as a whole; secplan refuses /, home directories, "
                    + "the project root and the plan directory.")
    private Path out;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Judge the plan's dates as of this day (default: the plan's as-of setting, else today, UTC).")
    private LocalDate asOf;

    @Option(names = "--audience", paramLabel = "ID",
            description = "Render only this audience's edition (default: every audience, each into <out>/<audience-id>/).")
    private String audience;

    @Option(names = "--cache", paramLabel = "DIR",
            description = {"Keep converted pages in DIR and reuse them: a second render converts only the pages "
                    + "whose content changed, and does nothing at all when nothing changed.",
                "DIR holds every edition's pages: keep it out of any served directory (secplan refuses it inside "
                    + "--out or the plan directory)."})
    private Path cache;

    @Option(names = "--force", description = "With --cache: render even when nothing changed since the last render.")
    private boolean force;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Asciidoctor engines converting pages at once (default: automatic, one per core but one, "
                    + "which post-processes pages, once there are enough pages to repay an engine's start).")
    private int threads;

    @Option(names = "--pdf",
            description = {"Also make each edition as one PDF for print and signature, <out>/<audience-id>/plan.pdf, "
                    + "linked from the edition's home page: a cover with the document control, the edition's "
                    + "classification at the top and bottom of every page, the plan's pages and registers. It holds "
                    + "exactly what the edition holds.",
                "Off by default: it adds some seconds to each edition."})
    private boolean pdf;

    @Option(names = "--measure", hidden = true,
            description = "Also time a bare Asciidoctor conversion of the same pages (for performance reports).")
    private boolean measure;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (threads < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be 0 (automatic) or more, not " + threads);
        }
        java.util.List<Edition> editions;
        BuildRequest request = new BuildRequest(planDirectory, out, cache, asOf, audience, force, threads, measure,
                line -> {
                    err.println(line);
                    err.flush();
                }, pdf);
        try (Secplan secplan = Secplan.open()) {
            BuildOutcome outcome = secplan.build(request);
            if (outcome.upToDate()) {
                stdout.println("Nothing changed since the last render with the cache " + cache
                        + "; the editions are as they were (--force renders again).");
                outcome.homes().forEach(home -> stdout.println("Open " + home.toUri()));
                stdout.flush();
                return ExitCodes.OK;
            }
            editions = outcome.editions();
        } catch (RenderException e) {
            for (Finding f : e.findings()) {
                err.println("error: " + f.message());
            }
            err.println("secplan: the edition was not written (" + e.findings().size() + " problem"
                    + (e.findings().size() == 1 ? "" : "s") + ")");
            err.flush();
            return ExitCodes.FINDINGS;
        }
        for (Edition edition : editions) {
            RenderResult result = edition.result();
            for (Finding f : result.findings()) {
                err.println("[" + edition.audience() + "] warning: " + f.message());
            }
            // each edition's summary names only that edition: its own level and its own counts
            stdout.println(String.format(Locale.ROOT, "[%s] %s edition (up to %s): %d pages (%d files) in %.1f s "
                            + "(Asciidoctor %.1f s, %.1f ms/page)%s; check: %d errors, %d warnings.",
                    edition.audience(), edition.label(), edition.level(), result.pages(), result.files(),
                    result.millis() / 1000.0, result.convertMillis() / 1000.0,
                    result.pages() == 0 ? 0.0 : (double) result.convertMillis() / result.pages(),
                    result.bareMillis() < 0 ? "" : String.format(Locale.ROOT, "; bare Asciidoctor %.1f s, %.1f ms/page",
                            result.bareMillis() / 1000.0, (double) result.bareMillis() / Math.max(1, result.pages())),
                    edition.report().errors(), edition.report().warnings()));
            stdout.println("[" + edition.audience() + "] Open " + result.home().toUri());
            if (pdf) {
                stdout.println("[" + edition.audience() + "] PDF " + result.site().resolve("plan.pdf").toUri());
            }
        }
        stdout.flush();
        return ExitCodes.OK;
    }
}
