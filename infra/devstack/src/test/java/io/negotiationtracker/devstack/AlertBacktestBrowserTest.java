package io.negotiationtracker.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.negotiationtracker.testsupport.http.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dashboard's alert backtest panel in a real headless Chromium against the whole product and the seed: the legal
 * deadlines' alerts sent, the rest greyed with their reason; following targets too changes the answer.
 */
class AlertBacktestBrowserTest {
    static final String ID = "us-japan-tariffs-2025";
    static DevStack stack;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.requireInstalled();
        Path dir = Files.createTempDirectory("nt-backtest");
        stack = DevStack.start(DevStack.Options.forTests(dir)
                .with(Map.of("projection@tracker.clock.at", "2025-06-17", "notifier@tracker.clock.at", "2025-06-17")));
        SeedImporter.importFile(RepoLayout.find().seedFile(), stack.ingestUrl(), stack.writerToken());
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            var r = Http.get(
                    stack.notifierUrl() + "/api/negotiations/" + ID + "/alert-backtest?from=2025-04-01&to=2025-07-31");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.body()).contains("\"sent\":6,\"suppressed\":16");
        });
        browser = HeadlessChromium.start(dir.resolve("chromium-profile"), 1366, 1100);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (stack != null) stack.close();
    }

    @Test
    void theBacktestPanelShowsWhatAReaderOfTheLegalDeadlinesWouldHaveHadAndGreysTheRest() {
        browser.get(stack.projectionUrl() + "/#/" + ID);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !browser.findElements(By.cssSelector("#backtest summary"))
                        .isEmpty());
        // the page may still lay out (the event list, live updates) when the panel appears: open it once it can be
        // clicked
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
            if (!backtestOpen()) {
                WebElement summary = browser.findElement(By.cssSelector("#backtest summary"));
                browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", summary);
                summary.click();
            }
            return backtestOpen();
        });
        clickWhenClickable("#backtest-form button[type=submit]");
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        browser.findElement(By.id("backtest-status")).getText().startsWith("6 sent"));
        assertThat(browser.findElement(By.id("backtest-status")).getText()).startsWith("6 sent, 16 held back");
        List<WebElement> sent = browser.findElements(By.cssSelector("#backtest-list li.sent"));
        List<WebElement> held = browser.findElements(By.cssSelector("#backtest-list li.suppressed"));
        assertThat(sent).hasSize(6);
        assertThat(held).hasSize(16);
        assertThat(sent.get(0).getText()).contains("reciprocal-tariff-pause-end (legal)", "due 9 Jul 2025", "sent");
        assertThat(held.get(0).getText()).contains("held back: not followed by this policy");
        assertThat(held.get(0).getCssValue("opacity")).isEqualTo("0.55");

        clickWhenClickable("#backtest-form input[value=target]");
        clickWhenClickable("#backtest-form button[type=submit]");
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        browser.findElement(By.id("backtest-status")).getText().startsWith("15 sent"));
        assertThat(browser.findElement(By.id("backtest-status")).getText()).startsWith("15 sent, 7 held back");
        assertThat(browser.findElements(By.cssSelector("#backtest-list li.sent[data-kind=target_missed]")))
                .hasSize(2);
    }

    private static boolean backtestOpen() {
        return Boolean.TRUE.equals(browser.executeScript("return document.getElementById('backtest').open"));
    }

    /** A click that another element intercepts while the page still lays out is tried again (a click here is idempotent). */
    private static void clickWhenClickable(String css) {
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
            WebElement element = browser.findElement(By.cssSelector(css));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            element.click();
        });
    }
}
