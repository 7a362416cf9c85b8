package org.secplan.render;

import static org.secplan.TestSecplan.secplan;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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
import org.openqa.selenium.NotFoundException;
import org.openqa.selenium.StaleElementReferenceException;
import org.secplan.Secplan;
import org.secplan.plan.Entity;
import org.secplan.plan.PlanGraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rendered site in a real headless Chromium (Debian's chromium and chromium-driver): opened from file:// and
 * over HTTP from 127.0.0.1, searched by identifier and by a word, followed from a risk to a control and back up the
 * traceability chain to the objective; no console errors and no request leaving the site. Screenshots are saved
 * in the build directory under {@code browser-screenshots/}.
 */
class SiteBrowserTest {
    private static final Pattern URL = Pattern.compile("\"url\":\"([^\"]*)\"");
    private static final Pattern DOCUMENT = Pattern.compile("\"documentURL\":\"([^\"]*)\"");

    private static Path buildDir;
    private static Path shots;
    private static Path testSite;
    private static HttpServer server;
    private static Path served;
    private WebDriver driver;
    private Path profile;

    @BeforeAll
    static void renderAndServe() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.available(),
                "Chromium and chromedriver are needed at /usr/bin");
        buildDir = buildDirectory();
        shots = Files.createDirectories(buildDir.resolve("browser-screenshots"));
        testSite = SiteFixtures.fresh(buildDir.resolve("browser-site/test-plan"));
        SiteFixtures.render(SiteFixtures.testPlan(), testSite);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path file = served.resolve(path.substring(1).isEmpty() ? "index.html" : path.substring(1)).normalize();
            if (!file.startsWith(served) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().add("Content-Type", contentType(file));
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        });
        server.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("secplan-chromium-");
        ChromeOptions options = HeadlessChromium.options(profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = HeadlessChromium.start(options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover profile in the temp directory is harmless
            }
        }
    }

    @Test
    void testPlanWorksFromFile() throws Exception {
        walkThrough(testSite.toUri().toString(), "file", "R-012", "Flooding", "C-101", "O-001");
    }

    @Test
    void testPlanWorksOverHttp() throws Exception {
        served = testSite;
        walkThrough("http://127.0.0.1:" + server.getAddress().getPort() + "/", "http", "R-012", "Flooding", "C-101",
                "O-001");
    }

    @Test
    void samplePlanWorksFromFileAndHttp() throws Exception {
        Path sample = SiteFixtures.samplePlan();
        Assumptions.assumeTrue(Files.isDirectory(sample), "the sample plan is not there yet");
        PlanGraph graph;
        try {
            graph = secplan().load(sample);
        } catch (RuntimeException e) {
            Assumptions.abort("the sample plan does not load yet: " + e.getMessage());
            return;
        }
        // a risk that is treated by a control and threatens an objective: the chain the test walks
        String[] chain = chain(graph);
        Assumptions.assumeTrue(chain != null, "the sample plan has no complete traceability chain yet");
        Path site = SiteFixtures.fresh(buildDir.resolve("browser-site/sample-plan"));
        SiteFixtures.render(sample, site);
        String risk = chain[0];
        String word = chain[1];
        walkThrough(site.toUri().toString(), "sample-file", risk, word, chain[2], chain[3]);
        served = site;
        walkThrough("http://127.0.0.1:" + server.getAddress().getPort() + "/", "sample-http", risk, word, chain[2],
                chain[3]);
    }

    private static String[] chain(PlanGraph graph) {
        var rows = graph.select("""
                PREFIX sp: <https://w3id.org/secplan/ns#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?rid ?rlabel ?cid ?oid WHERE {
                  ?r a sp:Risk ; dcterms:identifier ?rid ; rdfs:label ?rlabel ; sp:threatens ?o ; sp:treatedBy ?t .
                  ?t sp:implementedBy ?c . ?c dcterms:identifier ?cid . ?o dcterms:identifier ?oid .
                } ORDER BY ?rid ?cid ?oid LIMIT 1""").rows();
        if (rows.isEmpty()) {
            return null;
        }
        var row = rows.get(0);
        String label = row.get("rlabel").value();
        String word = null;
        for (String w : label.split("[^\\p{L}]+")) {
            if (w.length() >= 5 && (word == null || w.length() > word.length())) {
                word = w;
            }
        }
        return new String[] {row.get("rid").value(), word == null ? label.split(" ")[0] : word,
            row.get("cid").value(), row.get("oid").value()};
    }

    private void walkThrough(String base, String tag, String risk, String word, String control, String objective)
            throws IOException {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // the search list is rebuilt on every keystroke: an element read a moment ago may be gone, so look again
        wait.ignoring(StaleElementReferenceException.class);
        driver.get(base + "index.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1.page-title")));
        assertFalse(driver.findElement(By.cssSelector(".banner-top .banner-level")).getText().isBlank(),
                "classification banner at the top");
        assertFalse(driver.findElement(By.cssSelector(".banner-bottom .banner-level")).getText().isBlank(),
                "classification banner at the bottom");
        assertEquals(4, driver.findElements(By.cssSelector("#secplan-nav .nav-group:first-of-type li a")).size(),
                "the four parts of the plan lead the navigation");
        shot(tag + "-01-home");

        // search by exact identifier: the risk's own page comes first
        WebElement input = driver.findElement(By.id("secplan-search"));
        input.click();
        input.sendKeys(risk);
        WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#secplan-results a.search-hit")));
        wait.until(d -> d.findElement(By.cssSelector("#secplan-results a.search-hit .hit-title")).getText()
                .startsWith(risk + " "));
        shot(tag + "-02-search-identifier");

        // search by a word of its title: the risk is among the hits
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(word.toLowerCase(Locale.ROOT));
        wait.until(d -> d.findElements(By.cssSelector("#secplan-results .hit-title")).stream()
                .anyMatch(e -> e.getText().startsWith(risk + " ")));
        shot(tag + "-03-search-word");
        wait.until(d -> {
            d.findElements(By.cssSelector("#secplan-results a.search-hit")).stream()
                    .filter(e -> e.findElement(By.cssSelector(".hit-title")).getText().startsWith(risk + " "))
                    .findFirst().orElseThrow(() -> new NotFoundException("no hit for " + risk)).click();
            return true;
        });
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1.page-title"), risk));
        assertTrue(driver.findElements(By.cssSelector(".sp-tree")).size() > 0, "the risk page draws its tree");
        shot(tag + "-04-risk");

        // down the chain to a control
        driver.findElement(By.xpath("//div[contains(@class,'sp-tree')]//a[starts-with(normalize-space(.), '"
                + control + " ')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1.page-title"), control));
        shot(tag + "-05-control");

        // and back up: control -> risk -> objective
        driver.findElement(By.xpath("//div[contains(@class,'sp-tree')]//a[starts-with(normalize-space(.), '"
                + risk + " ')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1.page-title"), risk));
        driver.findElement(By.xpath("//div[contains(@class,'sp-tree')]//a[starts-with(normalize-space(.), '"
                + objective + " ')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1.page-title"), objective));
        shot(tag + "-06-objective");

        // the risk register: heat maps with a number in every cell
        driver.get(base + "registers/risks.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sp-heatmap svg")));
        List<WebElement> cells = driver.findElements(By.cssSelector(".sp-heatmap svg g.sp-cell"));
        assertTrue(cells.size() >= 25 * 2, "two heat maps of the full matrix");
        for (WebElement cell : cells) {
            assertTrue(cell.findElement(By.cssSelector("text.sp-count")).getText().matches("\\d+"), "a count in every cell");
        }
        shot(tag + "-07-risk-register");
        driver.get(base + "management-of-risk.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1.page-title")));
        shot(tag + "-08-part");

        // phone width
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(base + "e/" + risk + ".html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1.page-title")));
        Long scroll = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(scroll <= 1, "no horizontal scrolling at phone width, got " + scroll + " px");
        shot(tag + "-09-phone");
        driver.manage().window().setSize(new Dimension(1366, 900));

        List<String> problems = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                problems.add("console: " + e.getMessage());
            }
        }
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String m = e.getMessage();
            if (!m.contains("\"Network.requestWillBeSent\"")) {
                continue;
            }
            Matcher u = URL.matcher(m);
            Matcher d = DOCUMENT.matcher(m);
            boolean fromSite = d.find() && ours(d.group(1));
            while (u.find()) {
                String url = u.group(1);
                boolean network = url.matches("(?i)(https?|wss?|ftp)://.*");
                if ((network && !ours(url)) || (fromSite && !ours(url) && !url.startsWith("data:"))) {
                    problems.add("request leaving the site: " + url);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Requests the site may make: its own files, from disk or from the local test server. */
    private static boolean ours(String url) {
        return url.startsWith("file://") || url.startsWith("http://127.0.0.1:");
    }

    private void shot(String name) throws IOException {
        Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, shots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String contentType(Path file) {
        String n = file.getFileName().toString();
        Map<String, String> types = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
                "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml", "png", "image/png",
                "txt", "text/plain; charset=utf-8");
        return types.getOrDefault(n.substring(n.lastIndexOf('.') + 1), "application/octet-stream");
    }

    /** The build directory (target/, or the scratch directory given with -Dsecplan.scratch). */
    static Path buildDirectory() {
        try {
            Path testClasses = Path.of(SiteBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return testClasses.getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
