package io.negotiationtracker.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.NegotiationOpened;
import io.negotiationtracker.events.Party;
import io.negotiationtracker.events.Person;
import io.negotiationtracker.events.StatementMade;
import io.negotiationtracker.projection.consume.ProjectionSettings;
import io.negotiationtracker.projection.consume.TopicSettings;
import io.negotiationtracker.projection.live.DashboardSettings;
import io.negotiationtracker.projection.live.LiveSettings;
import io.negotiationtracker.projection.read.StatusCacheSettings;
import io.negotiationtracker.projection.support.ProjectionApp;
import io.negotiationtracker.projection.support.Story;
import io.negotiationtracker.projection.support.Topic;
import io.negotiationtracker.projection.support.UsJapanStory;
import io.negotiationtracker.testsupport.contracts.OpenApiContract;
import io.negotiationtracker.testsupport.http.Http;
import io.negotiationtracker.testsupport.http.Reply;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every view of the dashboard API over a real broker and database, on both time axes, with a late event. Today is 2025-06-17. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectionViewsTest implements TestPropertyProvider {
    static final String ID = "us-japan";

    final Topic topic = new Topic("projection-views", 3);
    final Story story = new Story(ID);

    @Inject
    EmbeddedServer server;

    @Inject
    MeterRegistry meters;

    @Override
    public Map<String, String> getProperties() {
        return ProjectionApp.onNewDatabase("projection_views", topic.name()).properties();
    }

    @BeforeAll
    void tellTheStory() {
        var events = UsJapanStory.events(story);
        topic.send(events.toArray(new io.negotiationtracker.events.EventEnvelope[0]));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/status").status() == 200
                        && get("/status").json().path("version").asLong() == events.size());
        topic.send(UsJapanStory.lateAprilRound(story));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/status").json().path("version").asLong() == events.size() + 1);
    }

    @Test
    void statusShowsRoundsIssuesDeadlinesTariffsAgreementsAndSources() {
        JsonNode s = get("/status").json();
        assertThat(s.path("title").asText()).isEqualTo("US-Japan tariff talks");
        assertThat(s.path("today").asText()).isEqualTo("2025-06-17");
        JsonNode rounds = s.path("rounds");
        assertThat(rounds.path("total").asInt()).isEqualTo(4);
        assertThat(rounds.path("byLevel").toString()).isEqualTo("{\"summit\":1,\"ministerial\":2,\"working\":1}");
        assertThat(rounds.path("byFormat").toString()).isEqualTo("{\"in_person\":2,\"phone\":1,\"virtual\":1}");
        assertThat(rounds.path("highestRoundNumber").path("ministerial").asInt())
                .isEqualTo(2);
        assertThat(rounds.path("numbered")).hasSize(2);
        assertThat(rounds.path("last").path("roundId").asText()).isEqualTo("kananaskis");
        assertThat(rounds.path("last").path("outcome").asText()).isEqualTo("no_agreement");

        assertThat(ids(s.path("issues").path("open"), "issueId")).containsExactly("autos");
        assertThat(s.path("issues").path("open").get(0).path("since").asText()).isEqualTo("2025-04-16");
        assertThat(s.path("issues").path("closed").get(0).path("outcome").asText())
                .isEqualTo("dropped");
        assertThat(s.path("issues").path("closed").get(0).path("closedOn").asText())
                .isEqualTo("2025-06-01");

        // The headline is the next legal date, not the earlier target (a v1 "target" kind reads as the target class).
        JsonNode next = s.path("nextDeadline");
        assertThat(next.path("deadlineId").asText()).isEqualTo("pause-end");
        assertThat(next.path("deadlineClass").asText()).isEqualTo("legal");
        assertThat(next.path("exactDay").asBoolean()).isTrue();
        assertThat(next.path("daysLeft").asLong()).isEqualTo(22);
        assertThat(next.path("signals").get(0).path("direction").asText()).isEqualTo("extend");
        assertThat(ids(s.path("targets"), "deadlineId")).containsExactly("talks-target", "steel-review");
        JsonNode target = s.path("targets").get(0);
        assertThat(target.path("dueOn").asText()).isEqualTo("2025-07");
        assertThat(target.path("window").path("from").asText()).isEqualTo("2025-07-01");
        assertThat(target.path("window").path("to").asText()).isEqualTo("2025-07-31");
        assertThat(target.path("daysLeft").asLong()).isEqualTo(14);
        assertThat(target.path("daysLeftAtMost").asLong()).isEqualTo(44);
        assertThat(target.path("targetStatus").asText()).isEqualTo("on_track");

        assertThat(s.path("agreements")).hasSize(1);
        assertThat(s.path("recentStatements").get(0).path("speaker").asText()).isEqualTo("Shigeru Ishiba");
        assertThat(s.path("sourcesCited").asInt()).isEqualTo(2);
    }

    @Test
    void deadlinesKeepTheirWholeHistoryAndStandAgainstTheServiceClock() {
        JsonNode d = get("/deadlines").json();
        Map<String, JsonNode> byId = byId(d.path("deadlines"), "deadlineId");
        JsonNode pause = byId.get("pause-end");
        assertThat(pause.path("state").asText()).isEqualTo("upcoming");
        assertThat(pause.path("daysLeft").asLong()).isEqualTo(22);
        assertThat(pause.path("changeSignalled").asBoolean()).isTrue();
        assertThat(ids(pause.path("history"), "kind")).containsExactly("set", "signalled");
        JsonNode target = byId.get("talks-target");
        assertThat(ids(target.path("history"), "kind")).containsExactly("set", "extended");
        assertThat(target.path("history").get(1).path("from").asText()).isEqualTo("2025-06");
        assertThat(target.path("revision").asInt()).isEqualTo(1);
        JsonNode steel = byId.get("steel-review");
        assertThat(steel.path("state").asText()).isEqualTo("cancelled");
        assertThat(ids(steel.path("history"), "kind")).containsExactly("set", "cancelled");
        assertThat(d.path("next").path("deadlineId").asText()).isEqualTo("pause-end");
    }

    @Test
    void tariffsCountFromTheirEffectiveDateAndALaterRetroactiveDecisionWins() {
        JsonNode t = get("/tariffs").json();
        assertThat(rates(t.path("inForce"))).containsExactly("baseline=10", "autos=25", "steel=25");
        assertThat(t.path("inForce").get(2).path("retroactive").asBoolean()).isTrue();
        assertThat(rates(t.path("scheduled"))).containsExactly("autos=15");
        assertThat(t.path("scheduled").get(0).path("effectiveOn").asText()).isEqualTo("2025-08-07");
        assertThat(t.path("scheduled").get(0).path("basis").asText()).isEqualTo("all_inclusive");
        assertThat(rates(t.path("threatened"))).containsExactly("reciprocal=24");

        JsonNode april4 = get("/tariffs?asOf=2025-04-04").json();
        assertThat(rates(april4.path("inForce"))).containsExactly("autos=25");
        assertThat(rates(april4.path("scheduled"))).containsExactly("baseline=10");
        assertThat(april4.path("threatened")).isEmpty();

        JsonNode august = get("/tariffs?asOf=2025-08-10").json();
        assertThat(rates(august.path("inForce"))).containsExactly("baseline=10", "autos=15", "steel=25");
    }

    @Test
    void aLateEventAboutAprilChangesTheAprilViewsButNotWhatWasKnownBefore() {
        assertThat(get("/rounds?asOf=2025-04-30")
                        .json()
                        .path("summary")
                        .path("total")
                        .asInt())
                .isEqualTo(2);
        assertThat(get("/rounds?asOf=2025-04-30&knownAt=2025-06-16T23:00:00Z")
                        .json()
                        .path("summary")
                        .path("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(get("/status?knownAt=2025-06-16T23:00:00Z")
                        .json()
                        .path("rounds")
                        .path("total")
                        .asInt())
                .isEqualTo(3);
        assertThat(get("/status?knownAt=2025-05-01")
                        .json()
                        .path("rounds")
                        .path("total")
                        .asInt())
                .isEqualTo(1);
        JsonNode rounds = get("/rounds").json().path("rounds");
        assertThat(ids(rounds, "roundId")).containsExactly("akazawa-1", "working-april", "akazawa-2", "kananaskis");
    }

    @Test
    void asOfADateCutsEventsAndMeasuresDaysLeftFromThatDay() {
        JsonNode april10 = get("/status?asOf=2025-04-10").json();
        assertThat(april10.path("title").asText()).isEqualTo("US-Japan tariff talks");
        assertThat(april10.path("rounds").path("total").asInt()).isZero();
        assertThat(april10.path("nextDeadline").path("deadlineId").asText()).isEqualTo("pause-end");
        assertThat(april10.path("nextDeadline").path("daysLeft").asLong()).isEqualTo(90);
        assertThat(get("/issues?asOf=2025-05-15").json().path("openCount").asInt())
                .isEqualTo(2);
    }

    @Test
    void timelineListsEveryEventInWorldOrderWithSourceAndConfidence() {
        JsonNode t = get("/timeline").json();
        assertThat(t.path("count").asInt()).isEqualTo(22);
        assertThat(t.path("events").get(0).path("type").asText()).isEqualTo("TariffImposed");
        for (JsonNode e : t.path("events")) {
            assertThat(e.path("source").path("publisher").asText()).isNotBlank();
            assertThat(e.path("confidence").asText()).isIn("confirmed", "reported");
        }
        assertThat(get("/timeline?knownAt=2025-04-10").json().path("count").asInt())
                .isEqualTo(5);
    }

    @Test
    void theListSummarisesEachNegotiation() {
        var list = Http.get(url("/api/negotiations"));
        assertThat(list.status()).isEqualTo(200);
        JsonNode mine = byId(list.json().path("negotiations"), "negotiationId").get(ID);
        assertThat(mine.path("roundsHeld").asInt()).isEqualTo(4);
        assertThat(mine.path("openIssues").asInt()).isEqualTo(1);
        assertThat(mine.path("nextDeadline").path("deadlineId").asText()).isEqualTo("pause-end");
        assertThat(mine.path("tariffsInForce").asInt()).isEqualTo(3);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndAnUnknownNegotiationIs404() {
        var badDate = get("/status?asOf=2025-13-01");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.contentType()).startsWith("application/problem+json");
        assertThat(badDate.json().path("field").asText()).isEqualTo("asOf");
        var badInstant = get("/deadlines?knownAt=yesterday");
        assertThat(badInstant.status()).isEqualTo(400);
        assertThat(badInstant.json().path("field").asText()).isEqualTo("knownAt");
        var unknown = Http.get(url("/api/negotiations/no-such-talks/status"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(Http.get(url("/api/negotiations/no-such-talks/rounds?asOf=2025-01-01"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        var doc = Http.get(url("/openapi/projection.yml"));
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body()).contains("/api/negotiations/{negotiationId}/status", "/api/admin/rebuild", "StatusView");
        OpenApiContract.assertServed(url(""), "projection");
    }

    @Test
    void rebuildNeedsAWriterTokenWhileThePageAndEveryReadStayOpen() {
        var anonymous = Http.postAs(null, url("/api/admin/rebuild"), null);
        assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.json().path("status").asInt()).isEqualTo(401);
        var readerOnly = Http.postAs(ProjectionApp.readerToken(), url("/api/admin/rebuild"), null);
        assertThat(readerOnly.status()).as(readerOnly.body()).isEqualTo(403);
        assertThat(readerOnly.contentType()).startsWith("application/problem+json");
        assertThat(readerOnly.json().path("status").asInt()).isEqualTo(403);
        assertThat(Http.postAs("not.a.token", url("/api/admin/rebuild"), null).status())
                .isEqualTo(401);
        assertThat(Http.get(url("/api/admin/rebuild")).json().path("state").asText())
                .as("nothing started")
                .isEqualTo("idle");

        var page = Http.get(url("/"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        for (String path : List.of(
                "/index.html",
                "/js/app.js",
                "/css/dashboard.css",
                "/api/admin/rebuild",
                "/api/negotiations",
                "/api/dead-letters",
                "/api/dashboard/config",
                "/openapi/projection.yml",
                "/health/liveness",
                "/prometheus")) {
            assertThat(Http.get(url(path)).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void aReaderWaitsForThePositionItWroteAt() {
        Story other = new Story("ryw-case");
        EventEnvelope opened = other.on(
                "2025-06-17",
                new NegotiationOpened(
                        "Read your writes",
                        List.of(new Party("US", "United States"), new Party("JP", "Japan")),
                        List.of(),
                        null));
        topic.send(opened);
        var status = Http.get(url("/api/negotiations/ryw-case/status?minPosition=" + opened.position()));
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        assertThat(status.json().path("title").asText()).isEqualTo("Read your writes");

        EventEnvelope said = other.on(
                "2025-06-17", new StatementMade(new Person("A. Spokesperson", null, "US"), "Talks go on.", null));
        topic.send(said);
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(url("/api/negotiations/ryw-case/status")))
                .header("X-Min-Position", Long.toString(said.position()))
                .build();
        try {
            var response = java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("Talks go on.");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aPoisonRecordIsDeadLetteredWithItsReasonAndTheConsumerGoesOn() {
        double before = deadLettered();
        topic.raw("poison-case", "{not json");
        Story poison = new Story("poison-case");
        topic.send(poison.on(
                "2025-06-17",
                new NegotiationOpened(
                        "After the poison",
                        List.of(new Party("US", "United States"), new Party("JP", "Japan")),
                        List.of(),
                        null)));
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        Http.get(url("/api/negotiations/poison-case/status")).status() == 200);
        JsonNode letters = Http.get(url("/api/dead-letters")).json().path("deadLetters");
        JsonNode letter = byId(letters, "key").get("poison-case");
        assertThat(letter).isNotNull();
        assertThat(letter.path("payload").asText()).isEqualTo("{not json");
        assertThat(letter.path("reason").asText()).contains("malformed JSON");
        assertThat(deadLettered()).isEqualTo(before + 1);
    }

    @Test
    void theSettingsKeepTheirPropertyNamesAndDefaults() {
        var context = server.getApplicationContext();
        assertThat(context.getBean(ProjectionSettings.class)).isEqualTo(new ProjectionSettings(2000, 2000, 2000, 3));
        assertThat(context.getBean(TopicSettings.class))
                .isEqualTo(new TopicSettings(topic.name(), "projection", topic.name() + ".dlq"));
        assertThat(context.getBean(StatusCacheSettings.class).ttl()).isEqualTo(Duration.ofSeconds(1));
        assertThat(context.getBean(LiveSettings.class)).isEqualTo(new LiveSettings(15, 500, 1000, 8));
        assertThat(context.getBean(DashboardSettings.class).ingestUrl()).isNotBlank();
    }

    private double deadLettered() {
        return meters.find("projection.dead_letters").counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }

    private Reply get(String view) {
        return Http.get(url("/api/negotiations/" + ID + view));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getPort() + path;
    }

    static List<String> ids(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    static Map<String, JsonNode> byId(JsonNode array, String field) {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        array.forEach(n -> out.put(n.path(field).asText(), n));
        return out;
    }

    static List<String> rates(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(
                n.path("measureId").asText() + "=" + n.path("ratePercent").asText()));
        return out;
    }
}
