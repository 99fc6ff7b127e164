package dev.hkfilings.live;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, driven through the system's chromedriver. Both paths are given explicitly, so
 * Selenium Manager never tries to download a browser or a driver; the flags keep Chromium off the network
 * (no component updates, sync or field trials), which the test machine does not have.
 */
final class HeadlessChromium implements AutoCloseable {

    static final String BROWSER = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private final Path profile;
    private final ChromeDriver driver;

    HeadlessChromium() throws IOException {
        for (String f : new String[] {BROWSER, DRIVER}) {
            if (!new File(f).canExecute()) {
                throw new IllegalStateException(f + " is missing: install Debian's chromium and chromium-driver "
                        + "(.ci/run does: apt-get install -y chromium chromium-driver)");
            }
        }
        profile = Files.createTempDirectory("chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--disable-default-apps", "--metrics-recording-only",
                "--window-size=1440,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
