package id.gugus.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.gugus.report.PublishedReport;
import id.gugus.report.ReportMakerAccess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The HTML report in a real browser: headless Chromium at a phone's width and at A4's, every
 * chart drawn with a size, nothing wider than the screen or its container; screenshots stay in
 * {@code report/target/} as build artefacts. Without Chromium the test skips, unless
 * {@code CI=true}, where it fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlInBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** A4 at 96 dpi is 794 px wide. */
    private static final int A4 = 794;
    private static final int PHONE = 390;

    private ChromeDriver browser;
    private Path page;

    @BeforeAll
    void open() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but Chromium is missing at " + CHROMIUM + " or " + DRIVER
                    + ": .ci/run installs the Debian packages chromium and chromium-driver");
        }
        assumeTrue(present, "SKIPPED: no Chromium at " + CHROMIUM + " and " + DRIVER
                + " (apt-get install chromium chromium-driver)");
        PublishedReport published = ReportMakerAccess.sampleReport();
        page = Path.of("target", "report-browser", "report.html").toAbsolutePath();
        Files.createDirectories(page.getParent());
        Files.writeString(page, HtmlRenderer.render(published.report(), Language.INDONESIAN), StandardCharsets.UTF_8);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void atAPhonesWidthEveryChartIsDrawnAndNothingOverflows() throws Exception {
        check(PHONE, "report-phone.png");
    }

    @Test
    void atA4WidthEveryChartIsDrawnAndNothingOverflows() throws Exception {
        check(A4, "report-a4.png");
    }

    @SuppressWarnings("unchecked")
    private void check(int width, String screenshot) throws Exception {
        browser.manage().window().setSize(new Dimension(width, 900));
        browser.get(page.toUri().toString());
        JavascriptExecutor js = browser;
        long inner = ((Number) js.executeScript("return window.innerWidth")).longValue();
        long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(scroll).as("the page is no wider than the window (%d px)", inner).isLessThanOrEqualTo(inner);

        List<Map<String, Object>> charts = (List<Map<String, Object>>) js.executeScript(
                "return Array.from(document.querySelectorAll('svg.chart')).map(s => {const r = s.getBoundingClientRect();"
                        + " return {id: s.id, w: r.width, h: r.height, shapes: s.querySelectorAll('rect').length};});");
        assertThat(charts).as("the five charts").hasSizeGreaterThanOrEqualTo(5);
        for (Map<String, Object> chart : charts) {
            assertThat(((Number) chart.get("w")).doubleValue()).as("width of %s", chart.get("id")).isPositive();
            assertThat(((Number) chart.get("h")).doubleValue()).as("height of %s", chart.get("id")).isPositive();
            assertThat(((Number) chart.get("shapes")).intValue()).as("bars of %s", chart.get("id")).isPositive();
        }
        List<String> wider = (List<String>) js.executeScript(
                "const out = [];"
                        + "for (const e of document.body.querySelectorAll('*')) {"
                        + "  if (e.closest('svg') && e.tagName.toLowerCase() !== 'svg') continue;"
                        + "  const p = e.parentElement; if (!p) continue;"
                        + "  const r = e.getBoundingClientRect(), q = p.getBoundingClientRect();"
                        + "  if (r.width > 0 && r.right > q.right + 1) out.push(e.tagName + '#' + e.id + '.' + e.className + ' '"
                        + "    + Math.round(r.right) + '>' + Math.round(q.right));"
                        + "}"
                        + "return out;");
        assertThat(wider).as("elements wider than their container at %d px", width).isEmpty();
        // The whole page: a window as tall as the document (kept within what a screenshot can hold).
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
        browser.manage().window().setSize(new Dimension(width, (int) Math.min(height, 16_000)));
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Files.write(page.getParent().resolve(screenshot), png);
        assertThat(png.length).isPositive();
    }
}
