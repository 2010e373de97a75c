package io.negotiationtracker.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver (packages chromium, chromium-driver), headless, with a fresh profile and no
 * background network. Missing browser: the test fails under CI (CI=true), where .ci/run installs it, and is skipped
 * elsewhere with a message that says how to install it.
 */
final class HeadlessChromium {
    private static final Path BROWSER = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
    private static final Path DRIVER =
            Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

    private HeadlessChromium() {}

    static void requireInstalled() {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) return;
        String message = "headless Chromium is needed for the dashboard test: " + BROWSER + " or " + DRIVER
                + " is missing (apt-get install -y chromium chromium-driver, or set CHROMIUM_BIN and CHROMEDRIVER_BIN)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) Assertions.fail(message);
        Assumptions.abort(message);
    }

    static ChromeDriver start(Path profileDir, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--user-data-dir=" + profileDir.toAbsolutePath(),
                "--window-size=" + width + "," + height,
                "--lang=en-GB",
                "--accept-lang=en-GB"); // headless Chromium ignores --lang for navigator.language; the page formats
        // dates in it
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return driver;
    }
}
