package org.secplan.synth;

import static org.secplan.TestSecplan.secplan;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.Secplan;
import org.secplan.base.SecplanException;
import org.secplan.check.CheckReport;
import org.secplan.plan.PlanGraph;

class PlanSynthesizerTest {

    @TempDir
    Path dir;

    @Test
    void smallPlanChecksCleanWithEveryBuiltInCheck() {
        SynthResult result = PlanSynthesizer.write(SynthSize.S, 1, dir.resolve("plan"));
        PlanGraph plan = secplan().load(result.directory());
        CheckReport report = secplan().check(plan);
        String findings = report.findings().stream()
                .map(f -> f.severity() + " " + f.checkId() + " " + f.identifier() + ": " + f.message())
                .collect(Collectors.joining("\n"));
        assertEquals(0, report.errors() + report.warnings(), findings);
        assertEquals(SynthSize.S.counts().risks(), result.entities().get("Risk"));
        assertEquals(PlanSynthesizer.AS_OF, plan.config().asOf().orElseThrow());
    }

    @Test
    void sameSizeAndSeedGiveTheSameBytes() throws IOException {
        SynthResult first = PlanSynthesizer.write(SynthSize.S, 7, dir.resolve("a"));
        SynthResult second = PlanSynthesizer.write(SynthSize.S, 7, dir.resolve("b"));
        assertEquals(first.files(), second.files());
        for (String file : first.files()) {
            assertArrayEquals(Files.readAllBytes(first.directory().resolve(file)),
                    Files.readAllBytes(second.directory().resolve(file)), file);
        }
    }

    @Test
    void anotherSeedGivesAnotherPlan() throws IOException {
        SynthResult first = PlanSynthesizer.write(SynthSize.S, 1, dir.resolve("a"));
        SynthResult second = PlanSynthesizer.write(SynthSize.S, 2, dir.resolve("b"));
        assertNotEquals(-1L, Files.mismatch(first.directory().resolve("risks/risks-01.ttl"),
                second.directory().resolve("risks/risks-01.ttl")));
    }

    @Test
    void writesConfigurationPagesAndSplitTurtleFiles() {
        SynthResult result = PlanSynthesizer.write(SynthSize.S, 1, dir.resolve("plan"));
        assertTrue(result.files().contains("secplan.properties"));
        assertTrue(result.files().stream().filter(f -> f.startsWith("pages/") && f.endsWith(".adoc")).count() >= 3);
        assertTrue(result.files().stream().filter(f -> f.endsWith(".ttl")).count() >= 10);
    }

    @Test
    void refusesANonEmptyOutputDirectory() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        SecplanException e = assertThrows(SecplanException.class, () -> PlanSynthesizer.write(SynthSize.S, 1, dir));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
    }
}
