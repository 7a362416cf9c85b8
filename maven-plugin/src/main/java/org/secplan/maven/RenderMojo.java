package org.secplan.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.secplan.Edition;
import org.secplan.plan.PlanGraph;
import org.secplan.render.EngineBoot;
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

    @Override
    protected String goal() {
        return "render";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Path site = siteDirectory.toPath().toAbsolutePath().normalize();
        Path index = site;
        UpToDate marker = upToDate(asOf, defaultAsOf().toString(), site.toString());
        String digest = marker.digest();
        if (!force && marker.isCurrent(digest, index)) {
            getLog().info("secplan: the plan in " + display(planDirectory.toPath())
                    + " is unchanged since the last successful render; skipping it (editions in " + index.toUri()
                    + "; -Dsecplan.force=true renders again)");
            return;
        }
        try {
            marker.invalidate();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot remove the up-to-date marker in " + outputDirectory + ": " + e.getMessage(), e);
        }

        PlanGraph plan;
        List<Edition> editions;
        // the engine boots (seconds of JRuby) while the plan loads
        try (EngineBoot engine = EngineBoot.start()) {
            plan = loadPlan();
            editions = render(plan, asOfOf(plan), site, engine);
        }
        for (Edition edition : editions) {
            RenderResult result = edition.result();
            if (!result.findings().isEmpty()) {
                new FindingLog(getLog(), c -> plan.clauseTitle(c).orElse(null), this::planPath).log(result.findings());
            }
            getLog().info("secplan: [" + edition.audience() + "] " + AbstractSecplanMojo.count(result.pages(), "page")
                    + " of the plan in " + display(planDirectory.toPath()) + " as of " + asOfOf(plan) + " (up to "
                    + edition.level() + ") rendered in " + result.millis() + " ms");
            getLog().info("secplan: [" + edition.audience() + "] open the edition at "
                    + result.home().toAbsolutePath().toUri());
        }
        try {
            marker.record(digest);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the up-to-date marker in " + outputDirectory + ": " + e.getMessage(), e);
        }
    }

    private LocalDate asOfOf(PlanGraph plan) throws MojoFailureException {
        return explicitAsOf(plan).orElseGet(() -> plan.config().asOf().orElseGet(this::defaultAsOf));
    }

    private List<Edition> render(PlanGraph plan, LocalDate date, Path site, EngineBoot engine)
            throws MojoFailureException {
        try {
            return SiteRendering.render(plan, date, site, cacheDirectory == null ? null : cacheDirectory.toPath(),
                    engine, line -> getLog().info("secplan: " + line));
        } catch (RenderException e) {
            FindingLog log = new FindingLog(getLog(), c -> plan.clauseTitle(c).orElse(null), this::planPath);
            log.log(e.findings());
            throw new MojoFailureException("An edition of the site of the plan in " + display(planDirectory.toPath())
                    + " was not written: " + AbstractSecplanMojo.count(e.findings().size(), "problem")
                    + " in the plan's pages (see above); the previous edition, if any, is unchanged", e);
        }
    }
}
