package org.secplan.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.secplan.Secplan;
import org.secplan.SecplanException;
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
     * without that, the date of {@code project.build.outputTimestamp} when the build sets one (so that a
     * reproducible build checks against a fixed date), else today (UTC).
     */
    @Parameter(property = "secplan.asOf")
    protected String asOf;

    /** Runs the goal even when the plan and the parameters are unchanged since its last successful run. */
    @Parameter(property = "secplan.force", defaultValue = "false")
    protected boolean force;

    /** The build's reproducible timestamp, the fallback for {@link #asOf}. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    protected String outputTimestamp;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

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
        try {
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
        Path dir = planDirectory.toPath();
        if (!planDirectory.isDirectory()) {
            throw new MojoFailureException("secplan: the plan directory " + display(dir) + " does not exist. "
                    + "Put the plan's Turtle files there, or point secplan.planDirectory at the plan.");
        }
        try {
            return Secplan.load(dir);
        } catch (PlanLoadException e) {
            StringBuilder message = new StringBuilder("The security plan in ").append(display(dir))
                    .append(" cannot be loaded: ").append(count(e.problems().size(), "problem")).append('\n');
            for (PlanProblem p : e.problems()) {
                String line = planPath(p.location().file()) + ":" + p.location().line() + ":" + p.location().column()
                        + ": " + p.message();
                getLog().error(line);
                message.append(line).append('\n');
            }
            throw new MojoFailureException(message.toString().strip(), e);
        }
    }

    /** The as-of date the goal passes on, or empty when the plan's own configuration decides. */
    protected Optional<LocalDate> explicitAsOf(PlanGraph plan) throws MojoFailureException {
        if (asOf != null && !asOf.isBlank()) {
            return Optional.of(AsOfDates.parseAsOf(asOf));
        }
        if (plan.config().asOf().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(defaultAsOf());
    }

    /** The as-of date that applies when neither the parameter nor the plan sets one. */
    protected LocalDate defaultAsOf() {
        return AsOfDates.fromOutputTimestamp(outputTimestamp).orElseGet(AsOfDates::today);
    }

    /** The up-to-date marker of this goal. */
    protected UpToDate upToDate(String... parameters) {
        return new UpToDate(outputDirectory.toPath().resolve("." + goal() + ".sha256"),
                planDirectory.toPath(), plugin.getId(), parameters);
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

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
