package org.passerelle.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.passerelle.json.PolicyLocations;
import org.passerelle.json.PolicyReader;
import org.passerelle.sharing.SharingPolicy;

/**
 * The HTML report of the customs–police example policy in a real browser, headless Chromium driven by
 * Selenium: the matrix, the diagram and the findings are rendered, and nothing was fetched from the
 * network. Saves a screenshot ({@code target/screenshots/report.png}, the one shown in
 * docs/analysis.md). The browser is installed by {@code bin/ensure-chromium} before the integration
 * tests; if it is missing, this test fails, it never skips.
 */
class ReportBrowserIT {
    private static final Path POLICY = Path.of("examples/src/main/resources/examples/customs-police");
    private static final LocalDate DAY = LocalDate.of(2024, 5, 10);

    @TempDir
    static Path tmp;

    private static ChromeDriver browser;
    private static PolicyAnalysis analysis;

    @BeforeAll
    static void openTheReport() throws Exception {
        File chromium = new File(System.getenv().getOrDefault("PASSERELLE_CHROMIUM", "/usr/bin/chromium"));
        File driver = new File(System.getenv().getOrDefault("PASSERELLE_CHROMEDRIVER", "/usr/bin/chromedriver"));
        assertThat(chromium).as("headless Chromium (run bin/ensure-chromium)").canRead();
        assertThat(driver).as("the Chromium WebDriver (run bin/ensure-chromium)").canRead();

        SharingPolicy policy = PolicyReader.create().readSharingPolicy(POLICY);
        analysis = PolicyAnalysis.of(policy, DAY, DAY);
        PolicyLocations where = PolicyLocations.of(POLICY);
        Path page = tmp.resolve("report.html");
        Files.writeString(page, HtmlReport.builder(analysis).title("Customs–police policy")
                .locations((s, id) -> where.locate(s, id).orElse(null)).write());

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        browser.get(page.toUri().toString());
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theMatrixHasOneRowPerFlow() {
        List<WebElement> rows = browser.findElements(By.cssSelector("#matrix tr.flow"));
        assertThat(rows).hasSize(analysis.flowMatrix().size()).isNotEmpty();
        assertThat(rows.get(0).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("matrix")).getText()).contains("SEIZURE_REPORT", "MOU-RCA-RNP-2022");
    }

    @Test
    void theDiagramIsDrawnWithAnEdgePerHolderRecipientAndOutcome() {
        WebElement svg = browser.findElement(By.id("flow-diagram"));
        assertThat(svg.isDisplayed()).isTrue();
        assertThat(svg.getSize().getWidth()).isGreaterThan(200);
        assertThat(browser.findElements(By.cssSelector("#flow-diagram g.edge")))
                .hasSize(FlowDiagram.edges(analysis.flowMatrix()).size()).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#flow-diagram g.agency")))
                .hasSize(analysis.policy().agencies().size());
    }

    @Test
    void theFindingsAreListedWithTheirFileAndLine() {
        List<WebElement> rows = browser.findElements(By.cssSelector("#findings tr.finding"));
        assertThat(rows).hasSize(analysis.findings().size());
        assertThat(browser.findElement(By.id("findings")).getText()).containsPattern("\\.json:\\d+");
    }

    @Test
    void nothingWasFetchedFromTheNetwork() {
        Object resources = ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertThat((List<?>) resources).as("resources the page loaded").isEmpty();
        assertThat(browser.findElements(By.cssSelector("meta[http-equiv='Content-Security-Policy']"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("script, link, img, iframe, object, embed"))).isEmpty();
    }

    @Test
    void aScreenshotIsSaved() throws Exception {
        Path dir = Path.of(System.getProperty("passerelle.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path png = dir.resolve("report.png");
        Files.write(png, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }
}
