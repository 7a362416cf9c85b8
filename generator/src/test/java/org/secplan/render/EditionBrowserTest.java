package org.secplan.render;

import static org.secplan.TestSecplan.secplan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.secplan.build.Edition;
import org.secplan.Secplan;
import org.secplan.TestPlans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Need-to-know editions in headless Chromium: in the staff edition (internal) of the test plan, whose objective O-001 is
 * secret, the risk that threatens it and the narrative page that names it show the neutral word "withheld" — not
 * a link, no label, no identifier — and every page carries the edition's level at the top and the bottom.
 */
class EditionBrowserTest {

    private static Path editions;
    private static Path profile;
    private static WebDriver driver;

    @BeforeAll
    static void renderEditionsAndStartBrowser() throws IOException {
        Assumptions.assumeTrue(HeadlessChromium.available(),
                "Chromium and chromedriver are needed at /usr/bin");
        Path build = SiteBrowserTest.buildDirectory();
        Path plan = SiteFixtures.copy(SiteFixtures.testPlan(), Files.createTempDirectory("secplan-edition-plan-"));
        TestPlans.write(plan, "audiences.ttl", """
                @prefix : <https://plan.site-test.example/#> .
                @prefix sp: <https://w3id.org/secplan/ns#> .
                @prefix spk: <https://w3id.org/secplan/concept/> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                :audience-staff a sp:Audience ; dcterms:identifier "staff" ; rdfs:label "Staff" ;
                    sp:maxClassification spk:class-internal ; sp:classification spk:class-internal .
                :audience-security a sp:Audience ; dcterms:identifier "security" ; rdfs:label "Security team" ;
                    sp:maxClassification spk:class-secret ; sp:classification spk:class-secret .
                :obj-supply sp:classification spk:class-secret .
                """);
        Files.writeString(plan.resolve("secplan.properties"), Files.readString(plan.resolve("secplan.properties"))
                + "\nwithheld-notice = true\n");
        editions = Files.createDirectories(SiteFixtures.fresh(build.resolve("browser-editions")));
        List<Edition> rendered = secplan().renderEditions(secplan().load(plan), editions,
                RenderOptions.of(SiteFixtures.AS_OF).withProgress(l -> System.out.println("render: " + l)), null)
                .editions();
        assertEquals(List.of("security", "staff"), rendered.stream().map(Edition::audience).toList());

        profile = Files.createTempDirectory("secplan-chromium-");
        ChromeOptions options = HeadlessChromium.options(profile);
        driver = HeadlessChromium.start(options);
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
    void aLinkToSomethingWithheldIsNeutralTextInTheLowerEdition() {
        driver.get(editions.resolve("staff/e/R-012.html").toUri().toString());
        String text = driver.findElement(By.tagName("body")).getText();
        assertWithheldShown(text);
        List<WebElement> withheld = driver.findElements(By.cssSelector(".sp-withheld"));
        assertFalse(withheld.isEmpty(), "the objective the risk threatens shows as withheld");
        for (WebElement w : withheld) {
            assertEquals("withheld", w.getText().strip().toLowerCase(Locale.ROOT));
            assertTrue(w.findElements(By.xpath("ancestor::a")).isEmpty(), "withheld is not a link");
        }
        assertTrue(driver.findElements(By.cssSelector("a[href*='O-001']")).isEmpty());
    }

    @Test
    void aMacroNamingSomethingWithheldIsNeutralTextInTheLowerEdition() {
        driver.get(editions.resolve("staff/pages/overview.html").toUri().toString());
        String text = driver.findElement(By.tagName("body")).getText();
        assertWithheldShown(text);
        assertFalse(driver.findElements(By.cssSelector(".sp-withheld")).isEmpty());
    }

    @Test
    void theFullEditionLinksIt() {
        driver.get(editions.resolve("security/e/R-012.html").toUri().toString());
        assertFalse(driver.findElements(By.cssSelector("a[href*='O-001']")).isEmpty());
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("Keep drinking water flowing"));
    }

    @Test
    void everyPageShowsTheEditionsLevelAtTopAndBottom() {
        for (String page : List.of("staff/index.html", "staff/e/R-012.html", "staff/pages/overview.html")) {
            driver.get(editions.resolve(page).toUri().toString());
            List<WebElement> banners = driver.findElements(By.cssSelector(".banner-level"));
            assertEquals(2, banners.size(), page + ": a banner at the top and at the bottom");
            for (WebElement b : banners) {
                assertEquals("INTERNAL", b.getText().strip(), page);
            }
        }
    }

    @Test
    void theWithheldNoticeCountsPerKindWhenThePlanAsksForIt() {
        driver.get(editions.resolve("staff/index.html").toUri().toString());
        WebElement notice = driver.findElement(By.cssSelector(".sp-withheld-notice"));
        assertTrue(notice.getText().contains("3 items of the plan are withheld"), notice.getText());
        // the secret objective, the restricted asset and the secret audience, counted by kind and never named
        assertTrue(notice.getText().toLowerCase(Locale.ROOT).contains("security objective: 1"), notice.getText());
        assertFalse(notice.getText().contains("O-001") || notice.getText().contains("Customer database"));
        driver.get(editions.resolve("security/index.html").toUri().toString());
        assertTrue(driver.findElements(By.cssSelector(".sp-withheld-notice")).isEmpty(), "nothing withheld");
    }

    private static void assertWithheldShown(String text) {
        assertTrue(text.contains("withheld"), text);
        assertFalse(text.contains("O-001"), "no identifier of the withheld objective");
        assertFalse(text.contains("Keep drinking water flowing"), "no label of the withheld objective");
    }
}
