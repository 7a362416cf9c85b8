package org.secplan.maven;

import java.io.File;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.secplan.build.BuildOutcome;
import org.secplan.build.BuildRequest;
import org.secplan.build.Edition;
import org.secplan.plan.PlanLoadException;
import org.secplan.render.RenderException;
import org.secplan.render.RenderResult;

/**
 * Renders one edition of the plan's static site per audience, each into {@code <siteDirectory>/<audience-id>/} and
 * computed from that audience's view of the plan alone (the check goal still checks the whole plan). Each edition — home, registers, one page per entity, the clause coverage, the findings,
 * narrative pages and offline search — into {@link #siteDirectory}. The site is built beside its target and
 * swapped in, so a failed render leaves the previous site as it was. Skips the work when neither the plan nor
 * a parameter changed since the last successful render.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class RenderMojo extends AbstractSecplanMojo {

    /**
     * The directory the editions are written to, one sub-directory per audience; it must not be the project or the
     * plan directory.
     */
    @Parameter(property = "secplan.siteDirectory", defaultValue = "${project.build.directory}/secplan/site", required = true)
    protected File siteDirectory;

    /**
     * Where converted pages are kept between builds, so that a build after a small edit converts only the pages
     * whose content changed. It holds every edition's pages: keep it out of any served directory. Empty to
     * render without a cache.
     */
    @Parameter(property = "secplan.cacheDirectory", defaultValue = "${project.build.directory}/secplan/cache")
    protected File cacheDirectory;

    /**
     * Also make each edition as one PDF for print and signature, {@code <audience-id>/plan.pdf}, linked from the
     * edition's home page: a cover with the document control, the edition's classification at the top and bottom
     * of every page, the plan's pages and registers, and exactly what the edition holds. Off by default: it adds
     * some seconds to each edition.
     */
    @Parameter(property = "secplan.pdf", defaultValue = "false")
    protected boolean pdf;

    @Override
    protected String goal() {
        return "render";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Path site = siteDirectory.toPath().toAbsolutePath().normalize();
        Path plan = requirePlanDirectory();
        BuildRequest request = new BuildRequest(plan, site, cacheDirectory == null ? null : cacheDirectory.toPath(),
                explicitAsOf(), null, force, 0, false, line -> getLog().info("secplan: " + line), pdf);
        BuildOutcome outcome;
        try {
            outcome = secplan().build(request);
        } catch (PlanLoadException e) {
            throw loadFailure(e);
        } catch (RenderException e) {
            logFindings(e.findings(), secplan()::clauseTitle);
            throw new MojoFailureException("An edition of the site of the plan in " + display(plan)
                    + " was not written: " + AbstractSecplanMojo.count(e.findings().size(), "problem")
                    + " in the plan's pages (see above); the previous edition, if any, is unchanged", e);
        }
        if (outcome.upToDate()) {
            getLog().info("secplan: the plan in " + display(plan)
                    + " is unchanged since the last successful render; skipping it (editions in " + site.toUri()
                    + "; -Dsecplan.force=true renders again)");
            return;
        }
        for (Edition edition : outcome.editions()) {
            RenderResult result = edition.result();
            if (!result.findings().isEmpty()) {
                logFindings(result.findings(), secplan()::clauseTitle);
            }
            getLog().info("secplan: [" + edition.audience() + "] " + AbstractSecplanMojo.count(result.pages(), "page")
                    + " of the plan in " + display(plan) + " as of " + outcome.asOf() + " (up to "
                    + edition.level() + ") rendered in " + result.millis() + " ms");
            getLog().info("secplan: [" + edition.audience() + "] open the edition at "
                    + result.home().toAbsolutePath().toUri());
        }
    }
}
