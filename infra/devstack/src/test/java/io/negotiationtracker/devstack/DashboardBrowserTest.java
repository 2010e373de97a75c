package io.negotiationtracker.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dashboard page in a real headless Chromium against the whole product: the seed story's figures, an event posted
 * to ingest showing up without a reload, and a moved deadline showing its alert from the notifier.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {
    static final String ID = "us-japan-tariffs-2025";
    static final Path SCREENSHOTS = Path.of("target");
    static DevStack stack;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.requireInstalled();
        Path dir = Files.createTempDirectory("nt-dashboard");
        stack = DevStack.start(DevStack.Options.forTests(dir).with(Map.of(
                "projection@tracker.clock.at", "2025-06-17", "notifier@tracker.clock.at", "2025-06-17")));
        var seeded = SeedImporter.importFile(RepoLayout.find().seedFile(), stack.ingestUrl(), stack.writerToken()).get(ID);
        assertThat(seeded.stored()).isEqualTo(26);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            var caughtUp = Http.get(stack.projectionUrl() + "/api/negotiations?minPosition=" + seeded.lastPosition());
            assertThat(caughtUp.status()).as(caughtUp.body()).isEqualTo(200);
        });
        browser = HeadlessChromium.start(dir.resolve("chromium-profile"), 1366, 1100);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (stack != null) stack.close();
    }

    @Test
    @Order(1)
    void theRootServesThePageWithTheSeedFigures() throws Exception {
        browser.get(stack.projectionUrl() + "/");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(text("#negotiation-title")).isEqualTo("U.S.-Japan tariff negotiations"));
        assertThat(browser.getCurrentUrl()).endsWith("/#/" + ID);
        assertThat(text("[data-figure=rounds-total]")).isEqualTo("8");
        assertThat(text("#card-rounds [data-level=summit]")).isEqualTo("summit: 2");
        assertThat(text("#card-rounds [data-level=ministerial]")).isEqualTo("ministerial: 6");
        assertThat(text("[data-figure=open-issues]")).startsWith("5");
        assertThat(text("[data-figure=tariffs-in-force]")).isEqualTo("1");
        assertThat(text("[data-figure=tariffs-threatened]")).isEqualTo("2");
        assertThat(text("#card-tariffs")).contains("25% on automobiles", "24% on imports from Japan", "rate not given on automobiles");

        var next = Http.get(stack.projectionUrl() + "/api/negotiations/" + ID + "/status").json().path("nextDeadline");
        assertThat(text("#card-deadline")).contains(next.path("title").asText());
        assertThat(text("[data-figure=days-left]")).isEqualTo("in " + next.path("daysLeft").asLong() + " days");

        assertThat(all("#event-list > li")).hasSize(26);
        assertThat(text("#event-list")).contains("Source: The Asahi Shimbun — No breakthrough in Ishiba-Trump talks", "reported", "confirmed");
        assertThat(all("#timeline svg g.mark.round-summit")).hasSize(2);
        assertThat(all("#timeline svg g.mark.round-ministerial")).hasSize(6);
        assertThat(all("#timeline svg g.mark.signal")).hasSize(2);
        assertThat(all("#timeline svg g.lane")).hasSize(3 + 3);

        assertThat(sameOriginOrNotifierOnly()).as("no resource from another host (no CDN)").isTrue();
        assertThat(browser.executeScript("return [...document.querySelectorAll('input, button, select, a')]"
                + ".filter(e => !(e.labels?.length || e.getAttribute('aria-label') || e.textContent.trim())).map(e => e.outerHTML)"))
                .as("controls without an accessible name").asList().isEmpty();
        assertThat(browser.executeScript("return document.querySelector('#timeline svg').getAttribute('aria-labelledby')")).isEqualTo("tl-title tl-desc");
        assertThat(browser.executeScript("return document.getElementById('announcer').getAttribute('aria-live')")).isEqualTo("polite");
        screenshot("dashboard");
    }

    @Test
    @Order(2)
    void theAsOfDateShowsAnEarlierState() {
        browser.get(stack.projectionUrl() + "/#/" + ID + "?asOf=2025-05-31");
        // Before the Kananaskis summit (June 16) and the June 12 threat; rounds dated only "2025" count from January 1.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(text("[data-figure=rounds-total]")).isEqualTo("7"));
        assertThat(text("[data-figure=tariffs-threatened]")).isEqualTo("1");
        assertThat(browser.findElement(By.id("as-of")).getDomProperty("value")).isEqualTo("2025-05-31");
        assertThat(text("#negotiation-meta")).contains("as of 31 May 2025");
        browser.findElement(By.id("as-of-clear")).click();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(text("[data-figure=rounds-total]")).isEqualTo("8"));
    }

    @Test
    @Order(3)
    void anEventPostedToIngestAppearsWithoutAReload() {
        openLive();
        String quote = "We will keep talking until the deadline " + System.nanoTime();
        long postedAt = System.nanoTime();
        var posted = Http.post(stack.ingestUrl() + "/api/negotiations/" + ID + "/events", WalkingSkeletonEndToEndTest.event("StatementMade", "2025-06-17",
                "{\"speaker\":{\"name\":\"Ryosei Akazawa\",\"party\":\"JP\"},\"quote\":\"" + quote + "\"}"), "Authorization", "Bearer " + stack.writerToken());
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> assertThat(text("#event-list")).contains(quote));
        System.out.printf("dashboard: a posted event was on the page %d ms after the POST was sent%n", (System.nanoTime() - postedAt) / 1_000_000);
        assertThat(all("#event-list > li")).hasSize(27);
        assertThat(browser.executeScript("return window.__sameDocument")).as("the page was not reloaded").isEqualTo(true);
        assertThat(text("#announcer")).isEqualTo("1 new event in U.S.-Japan tariff negotiations");
    }

    @Test
    @Order(4)
    void aMovedDeadlineShowsItsAlertAndItsMoveOnTheTimeline() throws Exception {
        openLive();
        var moved = Http.post(stack.ingestUrl() + "/api/negotiations/" + ID + "/events", WalkingSkeletonEndToEndTest.event("DeadlineChanged", "2025-06-17",
                "{\"deadlineId\":\"reciprocal-tariff-pause-end\",\"previousDueOn\":\"2025-07-09\",\"dueOn\":\"2025-08-01\",\"reason\":\"pause extended\"}"),
                "Authorization", "Bearer " + stack.writerToken());
        assertThat(moved.status()).as(moved.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            assertThat(text("#alert-list li[data-kind=extended]")).contains("9 Jul 2025 → 1 Aug 2025");
            assertThat(all("#timeline svg g.mark.old-due")).hasSize(1);
            assertThat(all("#timeline svg path.moved")).hasSize(1);
        });
        assertThat(text("#announcer")).isNotBlank();
        assertThat(browser.executeScript("return window.__sameDocument")).as("the page was not reloaded").isEqualTo(true);
        screenshot("dashboard-live");

        browser.manage().window().setSize(new Dimension(390, 1600));
        await().atMost(Duration.ofSeconds(5)).until(() -> browser.findElement(By.id("negotiation")).getRect().getX() < 40);
        screenshot("dashboard-phone");
        browser.manage().window().setSize(new Dimension(1366, 1100));
    }

    private static void openLive() {
        browser.get(stack.projectionUrl() + "/#/" + ID);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(text("#live-status")).isEqualTo("Live");
            assertThat(all("#event-list > li")).isNotEmpty();
            assertThat(text("#alert-list")).isNotBlank();
        });
        browser.executeScript("window.__sameDocument = true");
    }

    private static boolean sameOriginOrNotifierOnly() {
        Object ok = browser.executeScript("return performance.getEntriesByType('resource').every(r => r.name.startsWith(location.origin) || r.name.startsWith(arguments[0]))",
                stack.notifierUrl());
        return Boolean.TRUE.equals(ok);
    }

    /** The rendered text, read in one script call so that a re-render cannot slip between finding and reading. */
    private static String text(String css) {
        Object text = browser.executeScript("const e = document.querySelector(arguments[0]); return e ? e.innerText : null", css);
        assertThat(text).as("an element matching " + css).isNotNull();
        return text.toString().strip();
    }

    private static List<Object> all(String css) {
        @SuppressWarnings("unchecked")
        List<Object> found = (List<Object>) browser.executeScript("return Array.from(document.querySelectorAll(arguments[0]), e => e.tagName)", css);
        return found;
    }

    /** What the window shows as NAME.png, and the whole page as NAME-full.png (the window made as tall as the document). */
    private static void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        Dimension before = browser.manage().window().getSize();
        long height = ((Number) browser.executeScript("return document.documentElement.scrollHeight")).longValue();
        browser.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 140, 6000)));
        Files.write(SCREENSHOTS.resolve(name + "-full.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(before);
    }
}
