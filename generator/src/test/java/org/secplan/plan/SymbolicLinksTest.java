package org.secplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secplan.TestSecplan.secplan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.build.BuildRequest;
import org.secplan.render.SiteFixtures;

/** No file of a plan is read through a symbolic link: each link is a load problem naming it, and nothing renders. */
class SymbolicLinksTest {
    @TempDir
    Path tmp;

    @Test
    void everyLinkInThePlanIsReportedAndNothingIsPublished() throws IOException {
        Path plan = SiteFixtures.copy(SiteFixtures.testPlan(), tmp.resolve("plan"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Path secret = Files.writeString(outside.resolve("passwd"), "root:x:0:0:CANARY-OUTSIDE\n");
        Files.writeString(outside.resolve("more.adoc"), "= Outside CANARY-OUTSIDE\n");
        Files.writeString(outside.resolve("extra.ttl"), "@prefix : <urn:x#> . :a :b \"CANARY-OUTSIDE\" .\n");
        Files.createDirectories(plan.resolve("pages"));
        Files.createDirectories(plan.resolve("checks"));
        Files.createSymbolicLink(plan.resolve("pages/logo.svg"), secret);
        Files.createSymbolicLink(plan.resolve("pages/linked.adoc"), outside.resolve("more.adoc"));
        Files.createSymbolicLink(plan.resolve("pages/folder"), outside);
        Files.createSymbolicLink(plan.resolve("extra.ttl"), outside.resolve("extra.ttl"));
        Files.createSymbolicLink(plan.resolve("checks/run-me.rq"), secret);

        PlanLoadException e = assertThrows(PlanLoadException.class, () -> secplan().load(plan));
        List<String> lines = e.problems().stream().map(PlanProblem::toString).toList();
        for (String link : List.of("checks/run-me.rq", "extra.ttl", "pages/folder", "pages/linked.adoc",
                "pages/logo.svg")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(link + ": is a symbolic link")),
                    link + " is reported: " + lines);
        }
        assertFalse(e.getMessage().contains("CANARY-OUTSIDE"), "nothing of the linked files is quoted");

        Path out = tmp.resolve("site");
        assertThrows(PlanLoadException.class, () -> secplan().build(BuildRequest.of(plan, out)));
        assertFalse(Files.exists(out), "nothing is written");
        assertEquals("root:x:0:0:CANARY-OUTSIDE\n", Files.readString(secret));
    }
}
