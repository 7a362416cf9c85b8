package org.secplan.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.secplan.Secplan;
import org.secplan.base.SecplanException;
import org.secplan.build.BuildStamp;
import org.secplan.check.Finding;
import org.secplan.export.FindingLines;
import org.secplan.plan.PlanGraph;
import org.secplan.plan.PlanLoadException;
import org.secplan.plan.PlanProblem;

/** What every secplan goal shares: where the plan is, where output goes, skipping, the as-of date. */
abstract class AbstractSecplanMojo extends AbstractMojo {

    /** The directory that holds the plan: its {@code *.ttl} files, {@code secplan.properties}, {@code checks/} and {@code pages/}. */
    @Parameter(property = "secplan.planDirectory", defaultValue = "${project.basedir}/src/plan", required = true)
    protected File planDirectory;

    /**
     * Where the goals write their output: the reports of {@code check} ({@code findings.json},
     * {@code findings.sarif}, {@code junit/TEST-secplan.xml}), the site of {@code render} ({@code site/}) and the
     * up-to-date markers.
     */
    @Parameter(property = "secplan.outputDirectory", defaultValue = "${project.build.directory}/secplan", required = true)
    protected File outputDirectory;

    /** Skips the goal: nothing is loaded, checked or written. */
    @Parameter(property = "secplan.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The date against which the plan's dates are judged (reviews due, acceptances expired, activities overdue),
     * as {@code YYYY-MM-DD}. When not set, the plan's own {@code as-of} in {@code secplan.properties} applies;
     * without that, today (UTC) — the same rule as the CLI's, so that time passing is noticed.
     */
    @Parameter(property = "secplan.asOf")
    protected String asOf;

    /** Runs the goal even when the plan and the parameters are unchanged since its last successful run. */
    @Parameter(property = "secplan.force", defaultValue = "false")
    protected boolean force;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

    /** The run's front door, open while {@link #run()} runs. */
    private Secplan secplan;

    /** The goal's name, for messages. */
    protected abstract String goal();

    /** The goal's work, once it is known not to be skipped. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("secplan: skipping " + goal() + " (secplan.skip is set)");
            return;
        }
        try (Secplan opened = Secplan.open()) {
            this.secplan = opened;
            run();
        } catch (MojoFailureException | MojoExecutionException e) {
            throw e;
        } catch (SecplanException e) {
            // secplan's own exception is a user's mistake by contract: a message to show, no stack trace
            throw new MojoFailureException(e.getMessage() == null ? "secplan " + goal() + " failed" : e.getMessage(), e);
        } catch (RuntimeException | LinkageError e) {
            throw new MojoExecutionException("secplan " + goal() + " failed unexpectedly; this is a bug in secplan, "
                    + "please report it with the output of `mvn -e`: " + e, e);
        }
    }

    /** Loads the plan, or fails with every loading problem logged as {@code path:line:col: message}. */
    protected PlanGraph loadPlan() throws MojoFailureException {
        Path dir = requirePlanDirectory();
        try {
            return secplan().load(dir);
        } catch (PlanLoadException e) {
            throw loadFailure(e);
        }
    }

    /** The plan directory, or a failure saying it is missing and what to do. */
    protected Path requirePlanDirectory() throws MojoFailureException {
        Path dir = planDirectory.toPath();
        if (!planDirectory.isDirectory()) {
            throw new MojoFailureException("secplan: the plan directory " + display(dir) + " does not exist. "
                    + "Put the plan's Turtle files there, or point secplan.planDirectory at the plan.");
        }
        return dir;
    }

    /** Every loading problem logged as {@code path:line:col: message}, and the failure that ends the goal. */
    protected MojoFailureException loadFailure(PlanLoadException e) {
        Path dir = planDirectory.toPath();
        StringBuilder message = new StringBuilder("The security plan in ").append(display(dir))
                .append(" cannot be loaded: ").append(count(e.problems().size(), "problem")).append('\n');
        for (PlanProblem p : e.problems()) {
            String line = planPath(p.location().file()) + ":" + p.location().line() + ":" + p.location().column()
                    + ": " + p.message();
            getLog().error(line);
            message.append(line).append('\n');
        }
        return new MojoFailureException(message.toString().strip(), e);
    }

    /** The run's front door. */
    protected Secplan secplan() {
        return secplan;
    }

    /** The as-of date the user gave, or null: then the plan's own setting decides, else today (see AsOf). */
    protected LocalDate explicitAsOf() throws MojoFailureException {
        return asOf != null && !asOf.isBlank() ? AsOfDates.parseAsOf(asOf) : null;
    }

    /**
     * The up-to-date stamp of this goal, over the plan, secplan's build, the as-of date asked for and
     * {@code options}; kept beside the goal's output.
     */
    protected BuildStamp stamp(String... options) throws MojoFailureException {
        List<String> all = new ArrayList<>(List.of(goal(), plugin.getId(), String.valueOf(explicitAsOf())));
        all.addAll(Arrays.asList(options));
        return new BuildStamp(outputDirectory.toPath().resolve("." + goal() + ".sha256"), planDirectory.toPath(), all,
                LocalDate.now(ZoneOffset.UTC));
    }

    /** A plan file as the user sees it: relative to the project directory, e.g. {@code src/plan/risks.ttl}. */
    protected String planPath(String fileInPlan) {
        return planPrefix() + fileInPlan;
    }

    /** The plan directory relative to the project directory, with a trailing '/', or "" when it is the project directory. */
    protected String planPrefix() {
        String rel = display(planDirectory.toPath());
        return rel.isEmpty() || rel.equals(".") ? "" : rel + "/";
    }

    /** A path relative to the project directory when it lies below it, else absolute; '/' separators. */
    protected String display(Path path) {
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        Path p = path.toAbsolutePath().normalize();
        String shown = p.startsWith(base) ? base.relativize(p).toString() : p.toString();
        return shown.replace(File.separatorChar, '/');
    }

    /** Findings in the log as {@code secplan check} prints them, each line at the level of its severity. */
    protected void logFindings(List<Finding> findings, Function<String, Optional<String>> clauseTitle) {
        for (FindingLines.Line line : findingLines(clauseTitle).lines(findings)) {
            String text = line.heading() ? "secplan: " + line.text() : line.text();
            switch (line.level()) {
                case ERROR -> getLog().error(text);
                case WARNING -> getLog().warn(text);
                case INFO -> getLog().info(text);
            }
        }
    }

    /** The finding formatter, with plan files shown relative to the project directory. */
    protected FindingLines findingLines(Function<String, Optional<String>> clauseTitle) {
        return new FindingLines(clauseTitle, this::planPath);
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
