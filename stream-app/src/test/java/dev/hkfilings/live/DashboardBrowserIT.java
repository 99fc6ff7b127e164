package dev.hkfilings.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hkfilings.avro.ContentStatus;
import dev.hkfilings.avro.FilingMetadata;
import dev.hkfilings.avro.FilingSource;
import dev.hkfilings.avro.RawFiling;
import dev.hkfilings.serde.SpecificAvroSerializer;
import dev.hkfilings.testing.PdfRenderer;
import dev.hkfilings.testkit.KafkaHarness;
import dev.hkfilings.testkit.KafkaHarnessExtension;
import dev.hkfilings.topology.StreamApp;
import dev.hkfilings.topology.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium against a real StreamApp (real broker, registry, isolated Tika): a pledge
 * filing dropped onto hkex.filings.raw as a real PDF shows up as the company's pledge row while the page stays
 * loaded. Screenshots go to target/screenshots/.
 */
@ExtendWith(KafkaHarnessExtension.class)
class DashboardBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String CODE = "06680";

    @TempDir
    Path stateDir;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private KafkaHarness kafka;
    private StreamApp app;
    private HeadlessChromium chromium;

    @BeforeEach
    void start(KafkaHarness kafka) throws Exception {
        this.kafka = kafka;
        app = LiveApps.start(kafka, stateDir, "dash-" + run, "isolated");
        LiveStreamIT.awaitFeedReady("http://localhost:" + app.httpPort());
        chromium = new HeadlessChromium();
    }

    @AfterEach
    void stop() throws IOException {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (app != null) {
                app.close();
            }
        }
    }

    @Test
    void aPledgeFilingAppearsAsTheCompanysPledgeRowWithoutReload() throws Exception {
        ChromeDriver driver = chromium.driver();
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        String base = "http://localhost:" + app.httpPort();

        driver.get(base + "/#/company/" + CODE);
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "company:" + CODE));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-live", "open"));
        String id = "pledge-" + run;
        By row = By.cssSelector("#pledge-positions tbody tr[data-announcement='" + id + "']");
        assertThat(driver.findElements(row)).isEmpty();
        // a reload would drop this marker: its survival shows the row came in over the live stream
        driver.executeScript("window.__loadedOnce = '" + run + "';");

        produce(id, pdfFiling(id, seed("seeds/pledge_06680_2022-10-26.txt")));

        // read inside the wait: the page re-renders the table as more live events and state answers arrive, so a row
        // found a moment ago may be replaced (stale) before its text is read
        String text = wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            List<WebElement> rows = d.findElements(row);
            String joined = String.join("\n", rows.stream().map(WebElement::getText).toList());
            return joined.contains("Ganzhou Geshuo") ? joined : null;
        });
        assertThat(text).contains("Ganzhou Geshuo").contains(id);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#company-events tbody tr[data-announcement='" + id + "'][data-type='pledge']")));
        assertThat(driver.executeScript("return window.__loadedOnce;")).isEqualTo(run);
        assertThat(driver.findElement(By.id("pledge-chart")).findElements(By.tagName("circle"))).isNotEmpty();
        // the summary comes from the state API, re-read after the event: counts and pledged capital show up too
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("company-summary"), "pledge announcements"));
        screenshot(driver, "dashboard-company-" + CODE + ".png");

        // the market view lists the event among the latest ones (a view switch, still no page load)
        driver.findElement(By.cssSelector("header a.brand")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "market"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#market-events tbody tr[data-announcement='" + id + "']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#top-pledged tbody tr[data-company='" + CODE + "']")));
        assertThat(driver.executeScript("return window.__loadedOnce;")).isEqualTo(run);
        screenshot(driver, "dashboard-market.png");
    }

    private static void screenshot(ChromeDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("dashboard screenshot: " + file.toAbsolutePath());
    }

    private void produce(String id, RawFiling filing) {
        SpecificAvroSerializer<RawFiling> ser = new SpecificAvroSerializer<>();
        ser.configure(Map.of("schema.registry.url", kafka.schemaRegistryUrl()), false);
        try (KafkaProducer<String, RawFiling> p = new KafkaProducer<>(new HashMap<>(kafka.producerConfig()), new StringSerializer(), ser)) {
            p.send(new ProducerRecord<>(Topics.RAW, id, filing));
            p.flush();
        }
    }

    private static String seed(String resource) throws IOException {
        try (InputStream in = DashboardBrowserIT.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The pledge seed as the HKEXnews feed delivers it: a real PDF with stock code and file name. */
    private static RawFiling pdfFiling(String id, String text) {
        byte[] pdf = PdfRenderer.render(text);
        return RawFiling.newBuilder()
                .setMetadata(FilingMetadata.newBuilder()
                        .setFilingId(id)
                        .setSource(FilingSource.FEED)
                        .setSourceUri("https://www1.hkexnews.hk/listedco/listconews/sehk/2022/1026/" + id + ".pdf")
                        .setFileName(id + ".pdf")
                        .setStockCodes(List.of(CODE))
                        .setCompanyNames(List.of("JL MAG RARE-EARTH CO., LTD."))
                        .setMarket("SEHK")
                        .setFetchedAt(Instant.now())
                        .setContentType("application/pdf")
                        .setContentLength((long) pdf.length)
                        .build())
                .setContentStatus(ContentStatus.PRESENT)
                .setContent(ByteBuffer.wrap(pdf))
                .build();
    }
}
