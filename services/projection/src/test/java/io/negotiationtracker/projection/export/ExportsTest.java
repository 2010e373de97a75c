package io.negotiationtracker.projection.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.negotiationtracker.events.DeadlineSet;
import io.negotiationtracker.events.EventCorrected;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.EventRetracted;
import io.negotiationtracker.events.RoundHeld;
import io.negotiationtracker.events.TariffSuspended;
import io.negotiationtracker.events.WorldDate;
import io.negotiationtracker.projection.support.ProjectionApp;
import io.negotiationtracker.projection.support.Story;
import io.negotiationtracker.projection.support.Topic;
import io.negotiationtracker.projection.support.UsJapanStory;
import io.negotiationtracker.testsupport.http.Http;
import io.negotiationtracker.testsupport.http.Reply;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The exports over a real broker and database, read back with real parsers (Apache Commons CSV, Jackson) and compared
 * with the views they must agree with: the US-Japan story, with the reciprocal tariff paused until the end of the pause,
 * that deadline corrected from 9 to 10 July on 16 June and the second Akazawa round retracted on 15 June. Today is
 * 2025-06-17.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportsTest implements TestPropertyProvider {
    static final String ID = "exported-talks";
    static final String BEFORE_CORRECTIONS = "2025-06-14T00:00:00Z";
    static final ObjectMapper JSON = new ObjectMapper();

    final Topic topic = new Topic("projection-exports", 3);
    final Story story = new Story(ID);

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return ProjectionApp.onNewDatabase("projection_exports", topic.name()).properties();
    }

    @BeforeAll
    void tellTheStoryThenCorrectIt() {
        List<EventEnvelope> events = new ArrayList<>(UsJapanStory.events(story));
        EventEnvelope pauseEnd = events.stream()
                .filter(e -> e.data() instanceof DeadlineSet d && d.deadlineId().equals("pause-end"))
                .findFirst()
                .orElseThrow();
        EventEnvelope secondRound = events.stream()
                .filter(e -> e.data() instanceof RoundHeld r && r.roundId().equals("akazawa-2"))
                .findFirst()
                .orElseThrow();
        events.add(story.on(
                "2025-04-10",
                new TariffSuspended(
                        "reciprocal",
                        "pause-end",
                        new BigDecimal("24"),
                        null,
                        WorldDate.parse("2025-04-10"),
                        "paused for 90 days")));
        events.add(story.recorded(
                "2025-06-15",
                Instant.parse("2025-06-15T12:00:00Z"),
                new EventRetracted(secondRound.eventId(), "the call never took place"),
                Story.NHK));
        events.add(story.recorded(
                "2025-06-16",
                Instant.parse("2025-06-16T12:00:00Z"),
                new EventCorrected(
                        pauseEnd.eventId(),
                        "DeadlineSet",
                        null,
                        new DeadlineSet(
                                "pause-end",
                                "End of the 90-day pause",
                                WorldDate.parse("2025-07-10"),
                                io.negotiationtracker.events.DeadlineKind.HARD,
                                null),
                        "the pause ends on 10 July"),
                Story.NHK));
        topic.send(events.toArray(new EventEnvelope[0]));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> view("/status").status() == 200
                        && view("/status").json().path("version").asLong() == events.size());
    }

    @Test
    void theTimelineRoundTripsThroughBothParsersAsTheTimelineViewHasIt() throws IOException {
        List<JsonNode> viewed = list(view("/timeline").json().path("events"));
        Reply csv = export("timeline.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"" + ID + "-timeline-2025-06-17.csv\"");
        List<CSVRecord> rows = csv(csv);
        List<JsonNode> lines = ndjson(export("timeline.ndjson"));
        assertThat(rows).hasSameSizeAs(viewed);
        assertThat(lines).hasSameSizeAs(viewed);
        for (int i = 0; i < viewed.size(); i++) {
            JsonNode v = viewed.get(i);
            CSVRecord row = rows.get(i);
            JsonNode line = lines.get(i);
            assertThat(row.get("eventId")).isEqualTo(v.path("eventId").asText());
            assertThat(line.path("eventId").asText())
                    .isEqualTo(v.path("eventId").asText());
            assertThat(row.get("type")).isEqualTo(v.path("type").asText());
            assertThat(row.get("occurredOn")).isEqualTo(v.path("occurredOn").asText());
            assertThat(row.get("recordedAt")).isEqualTo(v.path("recordedAt").asText());
            assertThat(row.get("publishers"))
                    .isEqualTo(v.path("sources").get(0).path("publisher").asText());
            assertThat(line.path("sourceTitles").get(0).asText())
                    .isEqualTo(v.path("sources").get(0).path("title").asText());
            assertThat(JSON.readTree(row.get("data"))).isEqualTo(v.path("data"));
            assertThat(line.path("data")).isEqualTo(v.path("data"));
            boolean retracted = v.path("amendments").path("retracted").asBoolean(false);
            assertThat(row.get("retracted")).isEqualTo(Boolean.toString(retracted));
            assertThat(line.path("retracted").asBoolean()).isEqualTo(retracted);
            assertThat(row.get("retractedBy"))
                    .isEqualTo(v.path("amendments").path("retractedBy").asText(""));
        }
        assertThat(rows.stream().filter(r -> r.get("retracted").equals("true")))
                .singleElement()
                .satisfies(r -> assertThat(r.get("retractionReason")).isEqualTo("the call never took place"));
    }

    @Test
    void deadlinesCarryEveryEntryOfTheirHistoryAsTheDeadlinesViewHasIt() throws IOException {
        List<JsonNode> viewed = list(view("/deadlines").json().path("deadlines"));
        assertThat(viewed).isNotEmpty();
        List<CSVRecord> rows = csv(export("deadlines.csv"));
        List<JsonNode> lines = ndjson(export("deadlines.ndjson"));
        int expected = viewed.stream().mapToInt(d -> d.path("history").size()).sum();
        assertThat(rows).hasSize(expected);
        assertThat(lines).hasSize(expected);
        int i = 0;
        for (JsonNode d : viewed)
            for (JsonNode change : d.path("history")) {
                CSVRecord row = rows.get(i);
                JsonNode line = lines.get(i++);
                assertThat(row.get("deadlineId")).isEqualTo(d.path("deadlineId").asText());
                assertThat(row.get("dueOn")).isEqualTo(d.path("dueOn").asText(""));
                assertThat(row.get("state")).isEqualTo(d.path("state").asText());
                assertThat(row.get("changeKind")).isEqualTo(change.path("kind").asText());
                assertThat(row.get("to")).isEqualTo(change.path("to").asText(""));
                assertThat(row.get("occurredOn"))
                        .isEqualTo(change.path("occurredOn").asText());
                assertThat(line.path("deadlineId").asText())
                        .isEqualTo(d.path("deadlineId").asText());
                assertThat(line.path("changeKind").asText())
                        .isEqualTo(change.path("kind").asText());
                assertThat(line.path("change").asInt())
                        .isEqualTo(row.get("change").equals("") ? -1 : Integer.parseInt(row.get("change")));
            }
        assertThat(rows.stream()
                        .filter(r -> r.get("deadlineId").equals("talks-target"))
                        .map(r -> r.get("changeKind")))
                .containsExactly("set", "extended");
    }

    @Test
    void knownAtBeforeTheCorrectionsExportsWhatWasBelievedThen() throws IOException {
        assertThat(pauseEndSetTo(csv(export("deadlines.csv")))).isEqualTo("2025-07-10");
        assertThat(pauseEndSetTo(csv(export("deadlines.csv?knownAt=" + BEFORE_CORRECTIONS))))
                .isEqualTo("2025-07-09");
        assertThat(roundIds(csv(export("rounds.csv")))).doesNotContain("akazawa-2");
        assertThat(roundIds(csv(export("rounds.csv?knownAt=" + BEFORE_CORRECTIONS))))
                .contains("akazawa-2");
        String july = "tariffs.csv?from=2025-07-08&to=2025-07-11";
        assertThat(states(csv(export(july)), "reciprocal"))
                .containsExactly("suspended", "suspended", "in_force", "in_force");
        assertThat(states(csv(export(july + "&knownAt=" + BEFORE_CORRECTIONS)), "reciprocal"))
                .containsExactly("suspended", "in_force", "in_force", "in_force");
    }

    @Test
    void aRetractedRoundIsNotExportedAndTheRoundsAreTheRoundsViews() throws IOException {
        JsonNode viewed = view("/rounds").json();
        List<String> held = list(viewed.path("rounds")).stream()
                .map(r -> r.path("roundId").asText())
                .toList();
        List<CSVRecord> rows = csv(export("rounds.csv"));
        assertThat(roundIds(rows)).containsExactlyElementsOf(held).doesNotContain("akazawa-2");
        List<JsonNode> lines = ndjson(export("rounds.ndjson"));
        assertThat(lines.stream().map(l -> l.path("roundId").asText())).containsExactlyElementsOf(held);
        for (int i = 0; i < held.size(); i++) {
            JsonNode r = viewed.path("rounds").get(i);
            assertThat(rows.get(i).get("level")).isEqualTo(r.path("level").asText());
            assertThat(rows.get(i).get("counted")).isEqualTo(r.path("counted").asText());
            assertThat(lines.get(i).path("occurredOn").asText())
                    .isEqualTo(r.path("occurredOn").asText());
        }
    }

    @Test
    void eachDayOfTheTariffSeriesIsWhatTheTariffsViewSaysAsOfThatDay() throws IOException {
        List<JsonNode> series = ndjson(export("tariffs.ndjson?from=2025-03-01&to=2025-08-31"));
        for (String day : List.of(
                "2025-03-27", "2025-04-04", "2025-04-09", "2025-04-12", "2025-06-05", "2025-06-17", "2025-07-11")) {
            JsonNode viewed = view("/tariffs?asOf=" + day).json();
            List<JsonNode> lines = series.stream()
                    .filter(l -> l.path("date").asText().equals(day))
                    .toList();
            assertThat(lines).hasSize(4);
            for (String state : List.of("inForce", "suspended", "announced", "lifted")) {
                for (JsonNode t : viewed.path(state)) {
                    JsonNode line = lines.stream()
                            .filter(l -> l.path("measureId")
                                    .asText()
                                    .equals(t.path("measureId").asText()))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError(day + ": no row for " + t));
                    assertThat(line.path("state").asText())
                            .as(day + " " + t)
                            .isEqualTo(t.path("state").asText());
                    assertThat(line.path("ratePercent").asText())
                            .as(day + " " + t)
                            .isEqualTo(t.path("ratePercent").asText());
                    assertThat(line.path("rateText").asText())
                            .isEqualTo(t.path("rateText").asText());
                }
            }
            assertThat(lines.stream().filter(l -> l.path("state").asText().equals("in_force")))
                    .as(day)
                    .hasSize(viewed.path("counts").path("inForce").asInt());
            assertThat(lines.stream().filter(l -> l.path("state").asText().equals("suspended")))
                    .as(day)
                    .hasSize(viewed.path("counts").path("suspended").asInt());
            assertThat(lines.stream()
                            .filter(l -> !l.path("threatenedRatePercent").isNull()))
                    .as(day)
                    .hasSize(viewed.path("counts").path("threatened").asInt());
        }
    }

    @Test
    void theTariffSeriesHasOneRowPerMeasurePerDay() throws IOException {
        List<CSVRecord> rows = csv(export("tariffs.csv?from=2025-03-01&to=2025-08-31"));
        long days = ChronoUnit.DAYS.between(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-08-31")) + 1;
        assertThat(rows).hasSize((int) days * 4);
        List<String> autos = states(rows, "autos");
        assertThat(autos.get(0)).isEqualTo("none");
        assertThat(rate(rows, "autos", "2025-04-03")).isEqualTo("25");
        assertThat(rate(rows, "autos", "2025-08-07")).isEqualTo("15");
        assertThat(state(rows, "steel", "2025-06-02")).isEqualTo("none");
        assertThat(rate(rows, "steel", "2025-06-05")).isEqualTo("50");
        assertThat(rate(rows, "steel", "2025-06-10")).isEqualTo("25");
        assertThat(state(rows, "reciprocal", "2025-04-09")).isEqualTo("threatened");
        assertThat(state(rows, "reciprocal", "2025-04-10")).isEqualTo("suspended");
        assertThat(state(rows, "reciprocal", "2025-07-10")).isEqualTo("in_force");
    }

    @Test
    void aLongSeriesIsStreamedInChunks() {
        Reply ten = export("tariffs.csv?from=2015-07-01&to=2025-07-01");
        assertThat(ten.status()).isEqualTo(200);
        assertThat(ten.header("Content-Length")).isNull();
        assertThat(ten.header("Transfer-Encoding")).isEqualTo("chunked");
        assertThat(ten.body().split("\r\n")).hasSize(1 + 4 * 3654);
    }

    @Test
    void badInputIsAProblemNamingTheParameterAndAnUnknownNegotiationIs404() {
        assertProblem(export("minutes.csv"), 400, "dataset");
        assertProblem(export("timeline.xlsx"), 400, "format");
        assertProblem(export("timeline"), 400, "format");
        assertProblem(export("tariffs.csv?from=2015-01-01&to=2025-07-01"), 400, "to");
        assertProblem(export("tariffs.csv?from=2015-01-01"), 400, "to");
        assertProblem(export("tariffs.csv?from=2025-07-01&to=2025-06-01"), 400, "from");
        assertProblem(export("tariffs.csv?from=July"), 400, "from");
        assertProblem(export("tariffs.csv?to=2025-02-30"), 400, "to");
        assertProblem(export("timeline.csv?from=2025-01-01"), 400, "from");
        assertProblem(export("rounds.csv?asOf=yesterday"), 400, "asOf");
        assertProblem(export("rounds.csv?knownAt=soon"), 400, "knownAt");
        Reply unknown = Http.get(server.getURL() + "/api/negotiations/no-such-talks/exports/timeline.csv");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    private static void assertProblem(Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("field").asText()).as(reply.toString()).isEqualTo(field);
    }

    private static String pauseEndSetTo(List<CSVRecord> rows) {
        return rows.stream()
                .filter(r -> r.get("deadlineId").equals("pause-end")
                        && r.get("changeKind").equals("set"))
                .map(r -> r.get("to"))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> roundIds(List<CSVRecord> rows) {
        return rows.stream()
                .filter(r -> r.get("status").equals("held"))
                .map(r -> r.get("roundId"))
                .toList();
    }

    private static List<String> states(List<CSVRecord> rows, String measure) {
        return rows.stream()
                .filter(r -> r.get("measureId").equals(measure))
                .map(r -> r.get("state"))
                .toList();
    }

    private static String state(List<CSVRecord> rows, String measure, String day) {
        return one(rows, measure, day).get("state");
    }

    private static String rate(List<CSVRecord> rows, String measure, String day) {
        return one(rows, measure, day).get("ratePercent");
    }

    private static CSVRecord one(List<CSVRecord> rows, String measure, String day) {
        return rows.stream()
                .filter(r -> r.get("measureId").equals(measure) && r.get("date").equals(day))
                .findFirst()
                .orElseThrow();
    }

    private static List<CSVRecord> csv(Reply reply) throws IOException {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        CSVFormat rfc4180 = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (var parser = rfc4180.parse(new StringReader(reply.body()))) {
            return parser.getRecords();
        }
    }

    private static List<JsonNode> ndjson(Reply reply) throws IOException {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/x-ndjson");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : reply.body().split("\n")) if (!line.isEmpty()) lines.add(JSON.readTree(line));
        return lines;
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private Reply view(String path) {
        return Http.get(server.getURL() + "/api/negotiations/" + ID + path);
    }

    private Reply export(String file) {
        return Http.get(server.getURL() + "/api/negotiations/" + ID + "/exports/" + file);
    }
}
