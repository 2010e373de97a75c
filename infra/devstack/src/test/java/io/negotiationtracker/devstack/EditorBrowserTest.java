package io.negotiationtracker.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.negotiationtracker.testsupport.http.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dashboard's editor in a real headless Chromium against the whole product (issue 16): a writer signs in with a
 * token, records a round, sees the preview, saves, sees the rounds card change live, retracts the round from the event
 * list and sees the count go back; a refusal shows beside its field, and a save after someone else's is a 412 that
 * says what changed. Screenshots under target/ (editor-*.png).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditorBrowserTest {
    static final String ID = "us-japan-tariffs-2025";
    static DevStack stack;
    static ChromeDriver browser;
    static EditorPage page;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.requireInstalled();
        Path dir = Files.createTempDirectory("nt-editor");
        stack = DevStack.start(DevStack.Options.forTests(dir)
                .with(Map.of("projection@tracker.clock.at", "2025-06-17", "notifier@tracker.clock.at", "2025-06-17")));
        var seeded = SeedImporter.importFile(RepoLayout.find().seedFile(), stack.ingestUrl(), stack.writerToken())
                .get(ID);
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertThat(Http.get(stack.projectionUrl() + "/api/negotiations?minPosition="
                                        + seeded.lastPosition())
                                .status())
                        .isEqualTo(200));
        browser = HeadlessChromium.start(dir.resolve("chromium-profile"), 1366, 1100);
        page = new EditorPage(browser);
        browser.get(stack.projectionUrl() + "/#/" + ID);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() ->
                        assertThat(page.text("[data-figure=rounds-total]")).isEqualTo("6"));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(page.text("#live-status")).isEqualTo("Live"));
        browser.executeScript("window.__sameDocument = true");
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (stack != null) stack.close();
    }

    @Test
    @Order(1)
    void aWriterRecordsARoundSeesThePreviewSavesAndTheCardChangesLive() throws Exception {
        page.signIn(stack.writerToken());
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(page.text("#token-status")).startsWith("Signed in as"));
        assertThat(browser.executeScript(
                        "return sessionStorage.getItem('nt.writerToken') !== null && localStorage.length === 0"))
                .isEqualTo(true);
        page.type("RoundHeld");
        page.fill("data.roundId", "ministerial-round-7");
        page.choose("data.level", "ministerial");
        page.fill("data.roundNumber", "7");
        page.fill("data.location", "Washington");
        page.fill("sources[0].publisher", "Kyodo News");
        page.fill("sources[0].title", "Akazawa holds seventh round of talks");
        page.choose("sources[0].attribution", "on_record");
        page.press("preview");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(page.text("#editor-preview li[data-path='rounds.total']"))
                        .contains("6", "7"));
        assertThat(page.text("#editor-preview")).contains("Saving makes it version 38", "No alert.");
        assertThat(page.text("[data-figure=rounds-total]"))
                .as("a preview stores nothing")
                .isEqualTo("6");
        assertThat(page.unnamedControls())
                .as("editor controls without an accessible name")
                .isEmpty();
        page.shoot("editor-preview");

        page.press("save");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(page.text("[data-figure=rounds-total]")).isEqualTo("7"));
        assertThat(page.text("#editor-status")).startsWith("Saved as version 38");
        assertThat(browser.executeScript("return window.__sameDocument"))
                .as("the page was not reloaded")
                .isEqualTo(true);
        page.shoot("editor-saved");
    }

    @Test
    @Order(2)
    void aRefusalShowsBesideTheFieldItNamesAndNothingIsSaved() {
        page.type("RoundHeld");
        page.fill("data.roundId", "ministerial-round-1");
        page.fill("sources[0].publisher", "Kyodo News");
        page.fill("sources[0].title", "A round recorded twice");
        page.press("preview");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "true".equals(page.field("data.roundId").getDomAttribute("aria-invalid")));
        assertThat(page.text("#editor-form .field:has([data-field='data.roundId']) .field-error"))
                .contains("already recorded");
        assertThat(browser.switchTo().activeElement().getDomAttribute("data-field"))
                .isEqualTo("data.roundId");
        page.fill("data.roundId", "ministerial-round-8");
        page.fill("sources[0].publisher", " ");
        page.press("preview");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "true".equals(page.field("sources[0].publisher").getDomAttribute("aria-invalid")));
        assertThat(browser.findElement(org.openqa.selenium.By.cssSelector("#editor-form [data-action=save]"))
                        .isEnabled())
                .isFalse();
    }

    @Test
    @Order(3)
    void aSaveAfterSomeoneElsesIsRefusedAndTheFormSaysWhatChanged() {
        page.press("cancel");
        page.type("StatementMade");
        page.fill("data.speaker.name", "Ryosei Akazawa");
        page.fill("data.quote", "We will keep talking");
        page.fill("sources[0].publisher", "NHK");
        page.fill("sources[0].title", "Akazawa on the talks");
        page.press("preview");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(page.text("#editor-preview")).contains("Saving makes it version 39"));
        var theirs = Http.post(
                stack.ingestUrl() + "/api/negotiations/" + ID + "/events",
                WalkingSkeletonEndToEndTest.event(
                        "StatementMade",
                        "2025-06-17",
                        "{\"speaker\":{\"name\":\"Scott Bessent\",\"party\":\"US\"},\"quote\":\"Talks continue\"}"),
                "Authorization",
                "Bearer " + stack.writerToken());
        assertThat(theirs.status()).as(theirs.body()).isEqualTo(201);
        page.press("save");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(page.text("#editor-status"))
                        .contains(
                                "Not saved: the negotiation changed meanwhile (now at version 39)",
                                "Scott Bessent: “Talks continue” (version 39)"));
        page.press("preview");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(page.text("#editor-preview")).contains("Saving makes it version 40"));
        page.press("save");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(page.text("#editor-status")).startsWith("Saved as version 40"));
    }

    @Test
    @Order(4)
    void retractingTheRoundFromTheEventListBringsTheCountBackAndStrikesItThrough() throws Exception {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> page.text("#event-list").contains("Ministerial round 7 in Washington"));
        String round = "#event-list li[data-type=RoundHeld]:has([aria-label^='Retract: Ministerial round 7'])";
        page.correct(round, "EventRetracted");
        assertThat(page.text("#editor-mode")).startsWith("Retract: Ministerial round 7 in Washington");
        page.fill("data.reason", "the meeting was postponed");
        page.fill("sources[0].publisher", "Kyodo News");
        page.fill("sources[0].title", "Seventh round postponed");
        page.press("preview");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(page.text("#editor-preview li[data-path='rounds.total']"))
                        .contains("7", "6"));
        page.shoot("editor-retract-preview");
        page.press("save");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(page.text("[data-figure=rounds-total]")).isEqualTo("6"));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(page.all("#event-list li.retracted[data-type=RoundHeld]"))
                        .hasSize(1));
        assertThat(page.text("#event-list li.retracted"))
                .contains("retracted", "see the retraction: the meeting was postponed");
        assertThat(
                        browser.executeScript(
                                "return getComputedStyle(document.querySelector('#event-list li.retracted .event-what')).textDecorationLine"))
                .isEqualTo("line-through");
        browser.findElement(org.openqa.selenium.By.cssSelector("#event-list li.retracted a[data-goto]"))
                .click();
        assertThat(browser.switchTo().activeElement().getDomAttribute("data-type"))
                .isEqualTo("EventRetracted");
        assertThat(browser.getCurrentUrl()).endsWith("/#/" + ID);
        page.shoot("editor-retracted");

        browser.manage().window().setSize(new Dimension(390, 1400));
        page.open();
        await().atMost(Duration.ofSeconds(5))
                .until(() -> Boolean.TRUE.equals(
                        browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth")));
        browser.executeScript("document.getElementById('editor').scrollIntoView()");
        page.shoot("editor-phone");
        browser.manage().window().setSize(new Dimension(1366, 1100));
    }
}
