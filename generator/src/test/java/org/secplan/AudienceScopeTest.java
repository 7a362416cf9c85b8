package org.secplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secplan.TestSecplan.secplan;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.base.SecplanException;
import org.secplan.build.AudienceScope;
import org.secplan.check.CheckReport;
import org.secplan.check.Finding;
import org.secplan.plan.PlanGraph;
import org.secplan.query.QueryRejectedException;
import org.secplan.query.QueryResult;
import org.secplan.render.SiteFixtures;

/**
 * Queries and checks for one audience see what that audience's edition sees: the sample plan with a Secret and an
 * Internal canary control (and an earlier version with a Secret canary since removed), asked as the public, as
 * staff (up to Internal) and as the whole plan.
 */
class AudienceScopeTest {
    private static final String LABELS = "SELECT ?l WHERE { ?s rdfs:label ?l }";

    @TempDir
    static Path work;

    private static PlanGraph plan;
    private static PlanGraph previous;

    @BeforeAll
    static void loadTheCanaryPlans() {
        plan = secplan().load(CanaryPlans.current(work.resolve("current")));
        previous = secplan().load(CanaryPlans.previous(work.resolve("previous")));
    }

    @Test
    void thePublicReadsNeitherCanaryAndStaffReadsOnlyTheInternalOne() {
        String shown = labels(secplan().scope(plan, "public"));
        assertFalse(shown.contains(CanaryPlans.SECRET), "the public sees the Secret control");
        assertFalse(shown.contains(CanaryPlans.INTERNAL), "the public sees the Internal control");
        assertTrue(shown.contains("Keep drinking water safe from deliberate contamination"),
                "the public sees the plan's public objectives");

        String staff = labels(secplan().scope(plan, "staff"));
        assertTrue(staff.contains(CanaryPlans.INTERNAL), "staff read Internal");
        assertFalse(staff.contains(CanaryPlans.SECRET), "staff do not read Secret");
    }

    @Test
    void withoutAnAudienceTheQueryReadsTheWholePlanAndSaysSo() {
        AudienceScope whole = secplan().scope(plan, null);
        String shown = labels(whole);
        assertTrue(shown.contains(CanaryPlans.SECRET) && shown.contains(CanaryPlans.INTERNAL), shown);
        assertTrue(whole.wholePlanOfAPlanWithAudiences(), "a plan with audiences, queried as a whole, says so");
        assertFalse(secplan().scope(plan, "public").wholePlanOfAPlanWithAudiences());
        assertEquals(secplan().query(plan, LABELS).rows(), secplan().query(whole, null, LABELS, Map.of()).rows(),
                "the whole plan answers as a query without audiences always did");
    }

    @Test
    void theAudienceThatReadsEverythingReadsBothCanaries() {
        String shown = labels(secplan().scope(plan, "security-team"));
        assertTrue(shown.contains(CanaryPlans.SECRET) && shown.contains(CanaryPlans.INTERNAL), shown);
    }

    @Test
    void aParameterNamingAWithheldEntityIsUnknownToTheAudience() {
        String sparql = "SELECT ?l WHERE { ?c rdfs:label ?l }";
        QueryRejectedException e = assertThrows(QueryRejectedException.class,
                () -> secplan().query(secplan().scope(plan, "staff"), null, sparql, Map.of("c", "C-7F3A")));
        assertEquals("parameter c=C-7F3A: no entity in the plan has the identifier 'C-7F3A'", e.getMessage());
        QueryResult staff = secplan().query(secplan().scope(plan, "staff"), null, sparql, Map.of("c", "C-91BC"));
        assertEquals(CanaryPlans.INTERNAL, staff.rows().get(0).get("l").value());
    }

    @Test
    void planDiffForAnAudienceComparesWhatItsEditionsOfBothVersionsShow() {
        String whole = text(secplan().namedQuery(secplan().scope(plan, null), previous, "plan-diff", Map.of()));
        assertTrue(whole.contains("added C-7F3A " + CanaryPlans.SECRET), whole);
        assertTrue(whole.contains("removed C-5D2E " + CanaryPlans.SECRET_REMOVED), whole);

        String forPublic = text(secplan().namedQuery(secplan().scope(plan, "public"), previous, "plan-diff", Map.of()));
        for (String canary : List.of(CanaryPlans.SECRET, CanaryPlans.INTERNAL, CanaryPlans.SECRET_REMOVED)) {
            assertFalse(forPublic.contains(canary), "the public's plan-diff names " + canary + ":\n" + forPublic);
        }
        String forStaff = text(secplan().namedQuery(secplan().scope(plan, "staff"), previous, "plan-diff", Map.of()));
        assertTrue(forStaff.contains("added C-91BC " + CanaryPlans.INTERNAL), forStaff);
        assertFalse(forStaff.contains(CanaryPlans.SECRET_REMOVED), "staff learn of a removed Secret control");
    }

    @Test
    void aCheckForThePublicShowsNoCanaryAndOnlyFindingsTheWholeCheckMakes() {
        CheckReport full = secplan().check(secplan().scope(plan, null), SiteFixtures.AS_OF);
        assertEquals(full, secplan().check(plan, SiteFixtures.AS_OF), "the whole plan's check is the check as it was");
        assertTrue(full.findings().stream().anyMatch(f -> f.identifier().equals("C-7F3A")), "the check sees the Secret control");

        for (String audience : List.of("public", "staff")) {
            CheckReport scoped = secplan().check(secplan().scope(plan, audience), SiteFixtures.AS_OF);
            Set<Finding> fromFull = new HashSet<>(full.findings().stream().map(TestPlans::untold).toList());
            for (Finding f : scoped.findings()) {
                assertTrue(fromFull.contains(TestPlans.untold(f)), audience + " shows a finding the whole check does not make: " + f);
                assertFalse(f.toString().contains(CanaryPlans.SECRET) || f.toString().contains("C-7F3A"),
                        audience + " shows a finding about the Secret control: " + f);
            }
        }
        Set<String> publicIds = identifiers(secplan().check(secplan().scope(plan, "public"), SiteFixtures.AS_OF));
        assertFalse(publicIds.contains("C-91BC"), "the public sees a finding about the Internal control");
        assertTrue(identifiers(secplan().check(secplan().scope(plan, "staff"), SiteFixtures.AS_OF)).contains("C-91BC"),
                "staff see the finding about the Internal control");
    }

    @Test
    void theWholeCheckAndTheAudienceThatReadsEverythingShowTheFindingsAboutPages() {
        CheckReport full = secplan().check(secplan().scope(plan, null), SiteFixtures.AS_OF);
        CheckReport team = secplan().check(secplan().scope(plan, "security-team"), SiteFixtures.AS_OF);
        assertEquals(full.findings(), team.findings(), "the security team sees every finding of the check");
        List<String> pages = team.findings().stream().filter(f -> f.checkId().startsWith("page-"))
                .map(Finding::message).toList();
        assertTrue(pages.contains("pages/notice-board.adoc:4: quotes 'C-7F3A', which is classified Secret, in text "
                + "classified Public; readers of Public would see the identifier"), pages.toString());
        assertTrue(secplan().check(secplan().scope(plan, "public"), SiteFixtures.AS_OF).findings().stream()
                .noneMatch(f -> f.checkId().startsWith("page-")), "a lower audience sees no finding about pages");
    }

    @Test
    void anUnknownAudienceIsRefusedNamingThePlansAudiences() {
        SecplanException e = assertThrows(SecplanException.class, () -> secplan().scope(plan, "nobody"));
        assertEquals("the plan has no audience 'nobody' (its audiences: management, public, security-team, staff)",
                e.getMessage());
    }

    @Test
    void aPlanWithoutAudiencesRefusesAnAudienceAndRunsWholeWithoutANote() {
        PlanGraph plain = secplan().load(TestPlans.fixture("plan-basic"));
        SecplanException e = assertThrows(SecplanException.class, () -> secplan().scope(plain, "all"));
        assertTrue(e.getMessage().startsWith("the plan declares no audiences, so there is no audience 'all'"),
                e.getMessage());
        assertFalse(secplan().scope(plain, null).wholePlanOfAPlanWithAudiences(),
                "a plan without audiences has nothing above an audience's level");
    }

    private static String labels(AudienceScope scope) {
        return text(secplan().query(scope, null, LABELS, Map.of()));
    }

    /** Every row as its values joined by spaces, one row a line. */
    private static String text(QueryResult result) {
        return result.rows().stream()
                .map(row -> result.columns().stream().map(v -> row.get(v) == null ? "" : row.get(v).value())
                        .collect(Collectors.joining(" ")))
                .collect(Collectors.joining("\n"));
    }

    private static Set<String> identifiers(CheckReport report) {
        return report.findings().stream().map(Finding::identifier).collect(Collectors.toSet());
    }
}
