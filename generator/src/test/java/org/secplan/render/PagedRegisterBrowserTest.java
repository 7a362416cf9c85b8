package org.secplan.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.secplan.TestPlans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A register longer than one page, in headless Chromium: the test plan with 210 more risks (213 in all) has a risk
 * register of two pages. The first keeps its path and its heat maps, the pager leads to the second and back, the
 * sidebar keeps the risk register current, the breadcrumbs lead back to the first page, and each risk is listed
 * on exactly one of the two pages. Screenshots go to the build directory under {@code browser-screenshots/}.
 */
class PagedRegisterBrowserTest {
    private static final int EXTRA_RISKS = 210;

    private static Path site;
    private static Path profile;
    private static WebDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void renderAndStartBrowser() throws IOException {
        Assumptions.assumeTrue(HeadlessChromium.available(),
                "Chromium and chromedriver are needed at /usr/bin");
        Path plan = SiteFixtures.copy(SiteFixtures.testPlan(), Files.createTempDirectory("secplan-paged-plan-"));
        StringBuilder risks = new StringBuilder("""
                @prefix : <https://plan.site-test.example/#> .
                @prefix sp: <https://w3id.org/secplan/ns#> .
                @prefix spk: <https://w3id.org/secplan/concept/> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                """);
        for (int i = 1; i <= EXTRA_RISKS; i++) {
            risks.append(String.format(Locale.ROOT, """
                    :paged-r%1$d a sp:Risk ; dcterms:identifier "PR-%1$03d" ; rdfs:label "Paged risk %1$d" ;
                        sp:riskSource :river ; sp:affects :pump-station ; sp:threatens :obj-supply ;
                        sp:inherentLikelihood spk:likelihood-%2$d ; sp:inherentConsequence spk:consequence-%3$d ;
                        sp:residualLikelihood spk:likelihood-1 ; sp:residualConsequence spk:consequence-1 ;
                        sp:owner :security-manager .
                    """, i, i % 5 + 1, (i / 5) % 5 + 1));
        }
        TestPlans.write(plan, "paged-risks.ttl", risks.toString());
        site = SiteFixtures.fresh(SiteBrowserTest.buildDirectory().resolve("browser-site/paged-plan"));
        SiteFixtures.render(plan, site);

        profile = Files.createTempDirectory("secplan-chromium-");
        ChromeOptions options = HeadlessChromium.options(profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = HeadlessChromium.start(options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
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

    private static void shot(String name) throws IOException {
        Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Path shots = Files.createDirectories(SiteBrowserTest.buildDirectory().resolve("browser-screenshots"));
        Files.copy(png, shots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String title() {
        return driver.findElement(By.cssSelector("h1.page-title")).getText();
    }

    /** The risk register's entry in the sidebar. */
    private static WebElement registerInSidebar() {
        return driver.findElement(By.xpath("//nav[@id='secplan-nav']//a[normalize-space(.)='Risk register']"));
    }

    /** The identifiers in the first column of the register table. */
    private static List<String> rows() {
        List<String> out = new ArrayList<>();
        for (WebElement cell : driver.findElements(By.cssSelector("table.tableblock tbody tr td:first-child"))) {
            out.add(cell.getText().strip());
        }
        return out;
    }

    @Test
    void theRegistersPagesLeadToEachOtherAndHoldEveryRiskOnce() throws IOException {
        driver.get(site.resolve("registers/risks.html").toUri().toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1.page-title")));
        int total = EXTRA_RISKS + 3;
        assertEquals("Risk register, page 1 of 2 (rows 1–200 of " + total + ")", title());
        assertFalse(driver.findElements(By.cssSelector(".sp-heatmap svg")).isEmpty(), "the heat maps open the register");
        List<WebElement> pagers = driver.findElements(By.cssSelector(".sp-pager"));
        assertEquals(2, pagers.size(), "a pager above and below the rows");
        assertTrue(pagers.get(0).getText().startsWith("Page 1 of 2"), pagers.get(0).getText());
        assertTrue(registerInSidebar().getAttribute("class").contains("current"));
        assertEquals("page", registerInSidebar().getAttribute("aria-current"));
        Set<String> seen = new LinkedHashSet<>(rows());
        assertEquals(200, seen.size());
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView();", pagers.get(0));
        shot("paged-01-register-first-page");

        pagers.get(0).findElement(By.linkText("Next ›")).click();
        wait.until(ExpectedConditions.urlMatches("registers/risks-2\\.html$"));
        assertEquals("Risk register, page 2 of 2 (rows 201–" + total + " of " + total + ")", title());
        assertTrue(driver.findElements(By.cssSelector(".sp-heatmap")).isEmpty(), "heat maps only on the first page");
        assertTrue(registerInSidebar().getAttribute("class").contains("current"), "the sidebar keeps the register");
        assertEquals(null, registerInSidebar().getAttribute("aria-current"), "but this is not the register's own page");
        WebElement crumb = driver.findElement(By.xpath("//nav[contains(@class,'breadcrumbs')]//a[normalize-space(.)='Risk register']"));
        assertTrue(crumb.getAttribute("href").endsWith("registers/risks.html"), crumb.getAttribute("href"));
        assertTrue(driver.findElement(By.cssSelector("nav.pager a.prev")).getAttribute("href").endsWith("registers/risks.html"));
        assertTrue(driver.findElement(By.cssSelector("nav.pager a.next")).getAttribute("href").endsWith("registers/assets.html"));
        shot("paged-02-register-second-page");
        List<String> second = rows();
        assertEquals(total - 200, second.size());
        for (String id : second) {
            assertTrue(seen.add(id), id + " is on both pages");
        }
        assertEquals(total, seen.size());

        driver.findElement(By.cssSelector(".sp-pager")).findElement(By.linkText("1")).click();
        wait.until(ExpectedConditions.urlMatches("registers/risks\\.html$"));

        List<String> problems = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                problems.add(e.getMessage());
            }
        }
        assertEquals(List.of(), problems);
    }
}
