package org.secplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.secplan.TestPlans;

/**
 * A site page printed by Chromium (DevTools {@code Page.printToPDF}, through Selenium's print command) and read
 * back with PDFBox: a page long enough for several sheets carries the classification marking as the first and the
 * last line of every printed page, no line of the page lies under the marking, and every line of the page's text
 * is in the PDF. The PDFs are kept in the build directory under {@code browser-print/}.
 */
class PrintBrowserTest {
    private static final int LINES = 120;

    private static Path site;
    private static Path printed;
    private static Path profile;
    private static ChromeDriver driver;

    @BeforeAll
    static void renderAndStartBrowser() throws IOException {
        Assumptions.assumeTrue(HeadlessChromium.available(), "Chromium and chromedriver are needed at /usr/bin");
        Path build = SiteBrowserTest.buildDirectory();
        Path plan = SiteFixtures.copy(SiteFixtures.testPlan(), Files.createTempDirectory("secplan-print-plan-"));
        StringBuilder page = new StringBuilder("= Board pack\n\n");
        for (int i = 1; i <= LINES; i++) {
            page.append(line(i)).append("\n\n");
            if (i % 30 == 0) {
                page.append("== Part ").append(i / 30).append("\n\n");
            }
        }
        page.append("[cols=\"1,3\"]\n|===\n|Shift |Duty\n\n");
        for (int i = 1; i <= 40; i++) {
            page.append("|Shift ").append(i).append(" |Duty officer reads the telemetry of station ").append(i)
                    .append('\n');
        }
        page.append("|===\n");
        TestPlans.write(plan, "pages/board-pack.adoc", page.toString());
        site = SiteFixtures.fresh(build.resolve("browser-print/site"));
        SiteFixtures.render(plan, site);
        printed = Files.createDirectories(build.resolve("browser-print"));
        profile = Files.createTempDirectory("secplan-chromium-");
        driver = HeadlessChromium.start(HeadlessChromium.options(profile));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void everyPrintedPageCarriesTheMarkingAtTopAndBottomOverNoLine() throws IOException {
        for (String path : List.of("pages/board-pack.html", "index.html")) {
            List<List<PrintedPages.Line>> pages = print(path);
            String marking = marking();
            if (path.startsWith("pages/")) {
                assertTrue(pages.size() >= 3, path + ": a page long enough for several sheets, not " + pages.size());
            }
            PrintedPages.assertMarkedOnEveryPage(pages, marking, path + ", printed");
        }
    }

    @Test
    void everyLineOfThePageIsPrinted() throws IOException {
        String text = PrintedPages.allText(print("pages/board-pack.html"));
        List<String> missing = new ArrayList<>();
        for (int i = 1; i <= LINES; i++) {
            if (!text.contains(line(i))) {
                missing.add(line(i));
            }
        }
        for (int i = 1; i <= 40; i++) {
            if (!text.contains("Shift " + i + " Duty officer reads the telemetry of station " + i)) {
                missing.add("table row " + i);
            }
        }
        assertTrue(missing.isEmpty(), "missing from the printed page: " + missing);
        // and what the screen shows of the page body, line by line
        driver.get(site.resolve("pages/board-pack.html").toUri().toString());
        for (String shown : driver.findElement(By.cssSelector(".page-body")).getText().split("\n")) {
            String s = PrintedPages.normalized(shown);
            assertTrue(s.isEmpty() || text.contains(s), "missing from the printed page: " + s);
        }
    }

    private static String line(int i) {
        return String.format(Locale.ROOT,
                "Board pack line %03d: the duty officer checks the pumping station log before the handover.", i);
    }

    /** The edition's marking as the screen banner spells it, in capitals as it is printed. */
    private static String marking() {
        String level = driver.findElement(By.cssSelector(".banner-top .banner-level")).getAttribute("textContent");
        return "CLASSIFICATION: " + level.strip().toUpperCase(Locale.ROOT);
    }

    private static List<List<PrintedPages.Line>> print(String path) throws IOException {
        driver.get(site.resolve(path).toUri().toString());
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        byte[] pdf = Base64.getDecoder().decode(((PrintsPage) driver).print(options).getContent());
        Files.write(printed.resolve(path.replace('/', '-').replace(".html", ".pdf")), pdf);
        return PrintedPages.read(pdf);
    }
}
