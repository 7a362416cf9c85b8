package org.secplan.maven;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.secplan.control.Endorser;

/**
 * Records that top management endorsed the plan's current content, as {@code secplan endorse} does: appends the
 * endorsement (who, when, version, content digest) to the plan directory's {@code endorsements.ttl} and keeps a
 * canonical snapshot of the endorsed content in its {@code endorsed/} folder; commit both. From then on any change to
 * the plan's statements or pages fails the {@code check} goal (plan-unchanged-since-endorsement) with the list of
 * what changed, until the changed plan is endorsed again. For example
 * {@code mvn secplan:endorse -Dsecplan.endorsedBy=ROLE-BOARD -Dsecplan.endorsedOn=2026-02-20}. Not bound to a phase:
 * an endorsement is a decision, run by hand.
 */
@Mojo(name = "endorse", threadSafe = true)
public class EndorseMojo extends AbstractSecplanMojo {

    /** The identifier of the top-management role that endorsed the plan. */
    @Parameter(property = "secplan.endorsedBy", required = true)
    protected String endorsedBy;

    /** The day it was endorsed, {@code YYYY-MM-DD}; today (UTC) when not set. */
    @Parameter(property = "secplan.endorsedOn")
    protected String endorsedOn;

    /** The plan endorsed, when the directory holds several overarching plans; else the one that is not a supporting plan. */
    @Parameter(property = "secplan.endorsedPlan")
    protected String endorsedPlan;

    /** The new endorsement's identifier; {@code EN-<plan>-<version>} when not set. */
    @Parameter(property = "secplan.endorsementId")
    protected String endorsementId;

    /** A description of the endorsement: the meeting, the minute. */
    @Parameter(property = "secplan.endorsementNote")
    protected String endorsementNote;

    @Override
    protected String goal() {
        return "endorse";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        LocalDate date = endorsedOn == null || endorsedOn.isBlank() ? LocalDate.now(ZoneOffset.UTC)
                : AsOfDates.parseAsOf(endorsedOn);
        Endorser.Result r = secplan().endorse(loadPlan(),
                new Endorser.Request(endorsedPlan, endorsedBy, date, endorsementId, endorsementNote));
        if (r.existing()) {
            getLog().info("secplan: " + r.plan() + " version " + r.version() + " is already endorsed with this content by "
                    + endorsedBy + " (" + r.identifier() + "); nothing written");
            return;
        }
        getLog().info("secplan: recorded " + r.identifier() + ": " + r.plan() + " version " + r.version()
                + " endorsed by " + endorsedBy + " on " + date + ", content digest " + r.digest());
        getLog().info("secplan: commit " + display(r.records()) + " and " + display(r.snapshot()) + " with the plan");
    }
}
