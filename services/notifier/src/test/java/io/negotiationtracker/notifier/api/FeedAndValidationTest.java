package io.negotiationtracker.notifier.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.negotiationtracker.notifier.support.Alerts;
import io.negotiationtracker.notifier.support.EventWriter;
import io.negotiationtracker.notifier.support.NotifierFixture;
import io.negotiationtracker.testsupport.contracts.OpenApiContract;
import io.negotiationtracker.testsupport.http.Http;
import io.negotiationtracker.testsupport.http.Reply;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The calendar feed, the SSE stream, who may manage subscriptions, and how the API answers bad input. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedAndValidationTest {
    static final String WRITER = NotifierFixture.writerToken();

    NotifierFixture app;
    NotifierFixture.Running notifier;
    EventWriter events;

    @BeforeAll
    void start() {
        app = NotifierFixture.fresh().today("2025-01-01");
        notifier = app.start();
        events = new EventWriter(app.eventsTopic());
    }

    @AfterAll
    void stop() {
        events.close();
        notifier.close();
    }

    @Test
    void theOpenApiDocumentAndItsViewerAreServed() {
        OpenApiContract.assertServed(notifier.url(), "notifier");
    }

    Calendar calendar(String negotiationId) throws Exception {
        var r = Http.get(notifier.url() + "/api/negotiations/" + negotiationId + "/deadlines.ics");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/calendar");
        return new CalendarBuilder().build(new StringReader(r.body()));
    }

    static VEvent event(Calendar c, String uidPrefix) {
        return c.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> prop(e, "UID").startsWith(uidPrefix))
                .findFirst()
                .orElseThrow();
    }

    static String prop(VEvent e, String name) {
        return e.getProperty(name)
                .orElseThrow(() -> new AssertionError("no " + name + " in " + e))
                .getValue();
    }

    @Test
    void theCalendarFeedUpdatesTheSameEventWhenTheDateMovesAndKeepsCancelledOnes() throws Exception {
        events.set("ics-case", "pause-end", "2025-07-09");
        events.set("ics-case", "talks", "2025-09");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Alerts.of(notifier.url(), "negotiationId=ics-case").size() == 2);
        VEvent before = event(calendar("ics-case"), "ics-case.pause-end@");
        assertThat(prop(before, "SEQUENCE")).isEqualTo("0");
        assertThat(prop(before, "DTSTART")).isEqualTo("20250709");
        VEvent month = event(calendar("ics-case"), "ics-case.talks@");
        assertThat(prop(month, "DTEND")).as("a month deadline spans the month").isEqualTo("20251001");

        events.move("ics-case", "pause-end", "2025-07-09", "2025-08-01");
        events.cancel("ics-case", "talks", "2025-09");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Alerts.of(notifier.url(), "negotiationId=ics-case").size() == 4);
        Calendar after = calendar("ics-case");
        assertThat(after.getComponents("VEVENT")).hasSize(2);
        VEvent moved = event(after, "ics-case.pause-end@");
        assertThat(prop(moved, "UID")).isEqualTo(prop(before, "UID"));
        assertThat(prop(moved, "SEQUENCE")).isEqualTo("1");
        assertThat(prop(moved, "DTSTART")).isEqualTo("20250801");
        assertThat(prop(event(after, "ics-case.talks@"), "STATUS")).isEqualTo("CANCELLED");
        assertThat(Http.get(notifier.url() + "/api/negotiations/never-seen/deadlines.ics")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theStreamResumesAfterLastEventIdAndFilters() throws Exception {
        events.set("sse-case", "a", "2025-07-09");
        events.move("sse-case", "a", "2025-07-09", "2025-07-19");
        events.set("sse-other", "b", "2025-07-09");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Alerts.of(notifier.url(), "negotiationId=sse-case").size() == 2);
        long firstSeq = Alerts.of(notifier.url(), "negotiationId=sse-case")
                .get(0)
                .path("seq")
                .asLong();

        var request = HttpRequest.newBuilder(URI.create(notifier.url() + "/api/alerts/stream?negotiationId=sse-case"))
                .header("Last-Event-ID", Long.toString(firstSeq))
                .header("Accept", "text/event-stream")
                .build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        List<String> data = new ArrayList<>();
        try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            events.move("sse-case", "a", "2025-07-19", "2025-07-29");
            String line;
            while (data.size() < 2 && (line = lines.readLine()) != null) {
                if (line.startsWith("id:")) ids.add(line.substring(3).strip());
                if (line.startsWith("data:")) data.add(line.substring(5).strip());
            }
        }
        assertThat(ids)
                .hasSize(2)
                .allSatisfy(id -> assertThat(Long.parseLong(id)).isGreaterThan(firstSeq));
        assertThat(data.get(0)).contains("\"kind\":\"extended\"").contains("2025-07-19");
        assertThat(data.get(1)).contains("2025-07-29");
        assertThat(String.join("", data)).doesNotContain("sse-other");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "url | {\"secret\":\"0123456789abcdef0\"}",
                "url | {\"url\":\"ftp://127.0.0.1/x\",\"secret\":\"0123456789abcdef0\"}",
                "url | {\"url\":\"http://example.com/hook\",\"secret\":\"0123456789abcdef0\"}",
                "url | {\"url\":\"http://user:pw@127.0.0.1/hook\",\"secret\":\"0123456789abcdef0\"}",
                "secret | {\"url\":\"http://127.0.0.1/hook\"}",
                "secret | {\"url\":\"http://127.0.0.1/hook\",\"secret\":\"short\"}",
                "negotiationId | {\"url\":\"http://127.0.0.1/hook\",\"secret\":\"0123456789abcdef0\",\"negotiationId\":\"Not A Slug\"}",
                "kinds | {\"url\":\"http://127.0.0.1/hook\",\"secret\":\"0123456789abcdef0\",\"kinds\":[]}",
                "kinds[1] | {\"url\":\"http://127.0.0.1/hook\",\"secret\":\"0123456789abcdef0\",\"kinds\":[\"set\",\"moved\"]}",
                "callback | {\"url\":\"http://127.0.0.1/hook\",\"secret\":\"0123456789abcdef0\",\"callback\":\"x\"}",
            })
    void badSubscriptionsAreProblemsNamingTheField(String field, String body) {
        var r = Http.postAs(WRITER, notifier.url() + "/api/subscriptions", body);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("field").asText()).isEqualTo(field);
        assertThat(Http.getAs(WRITER, notifier.url() + "/api/subscriptions")
                        .json()
                        .path("subscriptions"))
                .isEmpty();
    }

    @Test
    void badQueriesAreProblemsNamingTheParameter() throws Exception {
        assertThat(Http.get(notifier.url() + "/api/alerts?negotiationId=Bad%20Id")
                        .json()
                        .path("field")
                        .asText())
                .isEqualTo("negotiationId");
        assertThat(Http.get(notifier.url() + "/api/alerts?since=yesterday")
                        .json()
                        .path("field")
                        .asText())
                .isEqualTo("since");
        assertThat(Http.getAs(WRITER, notifier.url() + "/api/subscriptions/not-a-uuid")
                        .json()
                        .path("field")
                        .asText())
                .isEqualTo("id");
        var stream = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(notifier.url() + "/api/alerts/stream"))
                                .header("Last-Event-ID", "abc")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(stream.statusCode()).isEqualTo(400);
        assertThat(stream.body()).contains("\"field\":\"Last-Event-ID\"");
        var malformed = Http.postAs(WRITER, notifier.url() + "/api/subscriptions", "{\"url\":");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
    }

    @Test
    void subscriptionsNeedAWriterTokenWhileReadsStayOpen() {
        String subscriptions = notifier.url() + "/api/subscriptions";
        String body = "{\"url\":\"http://127.0.0.1/hook\",\"secret\":\"0123456789abcdef0\"}";
        String someId = "/00000000-0000-0000-0000-000000000000";
        List<Reply> anonymous = List.of(
                Http.post(subscriptions, body),
                Http.get(subscriptions),
                Http.get(subscriptions + someId),
                Http.get(subscriptions + someId + "/deliveries"),
                Http.deleteAs(null, subscriptions + someId));
        for (Reply r : anonymous) {
            assertThat(r.status()).as(r.body()).isEqualTo(401);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().path("status").asInt()).isEqualTo(401);
        }
        String reader = NotifierFixture.readerToken();
        List<Reply> readerOnly = List.of(
                Http.postAs(reader, subscriptions, body),
                Http.getAs(reader, subscriptions),
                Http.deleteAs(reader, subscriptions + someId));
        for (Reply r : readerOnly) {
            assertThat(r.status()).as(r.body()).isEqualTo(403);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().path("status").asInt()).isEqualTo(403);
        }
        assertThat(Http.postAs("not.a.token", subscriptions, body).status()).isEqualTo(401);
        assertThat(Http.getAs(WRITER, subscriptions).status()).isEqualTo(200);

        assertThat(Http.get(notifier.url() + "/api/alerts").status()).isEqualTo(200);
        assertThat(Http.get(notifier.url() + "/api/negotiations/never-seen/deadlines.ics")
                        .status())
                .isEqualTo(404);
        assertThat(Http.get(notifier.url() + "/health/liveness").status()).isEqualTo(200);
        assertThat(Http.get(notifier.url() + "/prometheus").status()).isEqualTo(200);
    }
}
