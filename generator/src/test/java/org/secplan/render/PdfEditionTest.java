package org.secplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secplan.TestSecplan.secplan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.build.Edition;
import org.secplan.plan.PlanGraph;

/**
 * The PDF of every edition of the sample plan, rendered once for the class and read back with PDFBox: every page
 * carries the edition's marking as its first and last line with no line under it, the cover holds the document
 * control the edition's home page shows and the content digest handed to the render, and the home page links the
 * PDF.
 */
class PdfEditionTest {
    private static String digest;

    @TempDir
    static Path work;

    private static List<Edition> editions;

    @BeforeAll
    static void renderEveryEditionWithItsPdf() {
        PlanGraph plan = secplan().load(SiteFixtures.samplePlan());
        digest = secplan().digest(plan);
        editions = secplan().renderEditions(plan, work.resolve("site"), RenderOptions.of(SiteFixtures.AS_OF)
                .withPdf(true).withProgress(l -> System.out.println("render: " + l)), null)
                .editions();
    }

    @Test
    void everyPageOfEveryEditionsPdfCarriesItsMarkingAtTopAndBottom() throws IOException {
        assertEquals(4, editions.size(), "one edition per audience of the sample plan");
        for (Edition e : editions) {
            String marking = "CLASSIFICATION: " + e.level().toUpperCase(Locale.ROOT);
            List<List<PrintedPages.Line>> pages = pdf(e);
            assertTrue(pages.size() >= 3, e.audience() + ": a cover, the contents and the plan: " + pages.size());
            PrintedPages.assertMarkedOnEveryPage(pages, marking, e.audience() + "/plan.pdf");
        }
    }

    @Test
    void theCoverHoldsTheDocumentControlOfTheEdition() throws IOException {
        for (Edition e : editions) {
            List<List<PrintedPages.Line>> pages = pdf(e);
            String cover = PrintedPages.allText(pages.subList(0, 1));
            Document home = Jsoup.parse(e.home().toFile(), "UTF-8");
            assertTrue(cover.contains(PrintedPages.normalized(home.selectFirst(".brand-title").text())),
                    e.audience() + ": the plan's title on the cover: " + cover);
            assertTrue(cover.contains("Document control"), cover);
            Element table = home.selectFirst("#clause-4 ~ .sectionbody table.sp-facts");
            if (table == null) {
                // an edition that withholds the plan element withholds its document control, the digest with it
                assertTrue(cover.contains("The plan's document control is not part of this edition"), cover);
                assertFalse(cover.contains(digest), e.audience() + ": " + cover);
                continue;
            }
            assertTrue(cover.contains("Content digest: " + digest), e.audience() + ": " + cover);
            List<String> missing = new ArrayList<>();
            for (Element row : table.select("tbody tr")) {
                for (Element cell : row.select("td")) {
                    String text = PrintedPages.normalized(cell.text());
                    if (!cover.contains(text)) {
                        missing.add(text);
                    }
                }
            }
            assertTrue(missing.isEmpty(), e.audience() + ": missing from the cover: " + missing + "\n" + cover);
            for (String item : List.of("Title", "Version", "Status", "Endorsement", "Effective date")) {
                assertTrue(cover.contains(item), e.audience() + ": " + item);
            }
        }
    }

    @Test
    void theHomePageLinksThePdfAndThePdfHoldsThePlansPagesAndRegisters() throws IOException {
        for (Edition e : editions) {
            Document home = Jsoup.parse(e.home().toFile(), "UTF-8");
            assertFalse(home.select("a[href=plan.pdf]").isEmpty(), e.audience() + ": the home page links the PDF");
            String text = PrintedPages.allText(pdf(e));
            for (String title : List.of("5.2 Governance", "5.3 Management of risk", "Risk register",
                    "Asset register", "Controls catalogue", "Traceability matrix")) {
                assertTrue(text.contains(title), e.audience() + ": the PDF holds '" + title + "'");
            }
            assertFalse(text.contains("site:/"), e.audience() + ": no link to the site is left as text");
        }
    }

    private static List<List<PrintedPages.Line>> pdf(Edition e) throws IOException {
        Path pdf = e.site().resolve("plan.pdf");
        assertTrue(Files.isRegularFile(pdf), e.audience() + " has its PDF");
        return PrintedPages.read(Files.readAllBytes(pdf));
    }
}
