package org.secplan.render;

import static org.secplan.TestSecplan.secplan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.Secplan;
import org.secplan.plan.PlanGraph;

/**
 * Render cost for the closing note: pages, wall time, and milliseconds per page against a bare AsciidoctorJ
 * conversion of the same AsciiDoc in the same run. Run with {@code -Dsecplan.perf=true}.
 */
@EnabledIfSystemProperty(named = "secplan.perf", matches = "true")
class RenderPerformanceTest {
    @TempDir
    Path tmp;

    private static void report(String what, RenderResult r) {
        System.out.println(String.format(Locale.ROOT,
                "PERF %s: %d pages, %d files, wall %d ms; Asciidoctor with plan macros %d ms (%.1f ms/page); "
                        + "bare Asciidoctor %d ms (%.1f ms/page)", what, r.pages(), r.files(), r.millis(),
                r.convertMillis(), (double) r.convertMillis() / r.pages(), r.bareMillis(),
                (double) r.bareMillis() / r.pages()));
    }

    private static RenderResult render(Path plan, Path out) {
        PlanGraph graph = secplan().load(plan);
        return secplan().renderSite(graph, SiteFixtures.report(graph), out,
                RenderOptions.of(SiteFixtures.AS_OF).measuringBare().withProgress(l -> System.out.println("  " + l)));
    }

    @Test
    void samplePlan() {
        Path sample = SiteFixtures.samplePlan();
        Assumptions.assumeTrue(Files.isDirectory(sample));
        report("sample plan", render(sample, tmp.resolve("sample")));
    }

    @Test
    void syntheticThousandRisks() throws IOException {
        Path plan = SiteFixtures.copy(SiteFixtures.testPlan(), tmp.resolve("plan"));
        StringBuilder ttl = new StringBuilder("""
                @prefix : <https://plan.site-test.example/#> .
                @prefix sp: <https://w3id.org/secplan/ns#> .
                @prefix spk: <https://w3id.org/secplan/concept/> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                """);
        for (int i = 1; i <= 1000; i++) {
            ttl.append(String.format(Locale.ROOT, """
                    :syn-r%1$d a sp:Risk ; dcterms:identifier "SR-%1$04d" ; rdfs:label "Synthetic risk %1$d to the supply" ;
                        sp:riskSource :river ; sp:affects :pump-station ; sp:threatens :obj-supply ;
                        sp:inherentLikelihood spk:likelihood-%2$d ; sp:inherentConsequence spk:consequence-%3$d ;
                        sp:residualLikelihood spk:likelihood-1 ; sp:residualConsequence spk:consequence-%3$d ;
                        sp:owner :security-manager ; sp:treatedBy :syn-t%1$d .
                    :syn-t%1$d a sp:Treatment ; dcterms:identifier "ST-%1$04d" ; rdfs:label "Treatment of synthetic risk %1$d" ;
                        sp:option spk:option-change-likelihood ; sp:implementedBy :syn-c%1$d .
                    :syn-c%1$d a sp:Control ; dcterms:identifier "SC-%1$04d" ; rdfs:label "Synthetic control %1$d" ;
                        sp:domain spk:domain-physical ; sp:topic spk:topic-perimeter ; sp:owner :security-manager ;
                        sp:status spk:status-implemented ; sp:effectiveness spk:effectiveness-effective .
                    """, i, i % 5 + 1, (i / 5) % 5 + 1));
        }
        Files.writeString(plan.resolve("synthetic.ttl"), ttl);
        report("synthetic plan, 1000 risks", render(plan, tmp.resolve("synthetic")));
    }
}
