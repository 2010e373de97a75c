package io.negotiationtracker.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.negotiationtracker.events.DeadlineKind;
import io.negotiationtracker.events.DeadlineSet;
import io.negotiationtracker.events.EventCorrected;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.EventRetracted;
import io.negotiationtracker.events.NegotiationOpened;
import io.negotiationtracker.events.Party;
import io.negotiationtracker.events.RoundHeld;
import io.negotiationtracker.events.RoundLevel;
import io.negotiationtracker.events.WorldDate;
import io.negotiationtracker.projection.support.ProjectionApp;
import io.negotiationtracker.projection.support.Story;
import io.negotiationtracker.projection.support.Topic;
import io.negotiationtracker.testsupport.http.Http;
import io.negotiationtracker.testsupport.http.Reply;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Corrections folded by every view over a real broker and database: a retracted round no longer counts (whatever the
 * asOf date), a corrected date moves the deadline, knownAt before a correction shows what was believed then, and the
 * timeline keeps the retracted event with what took it back. Today is 2025-06-17.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectionsViewsTest implements TestPropertyProvider {
    static final String ID = "corrected-talks";

    final Topic topic = new Topic("projection-corrections", 3);
    final Story story = new Story(ID);
    EventEnvelope secondRound;
    EventEnvelope retraction;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return ProjectionApp.onNewDatabase("projection_corrections", topic.name())
                .properties();
    }

    @BeforeAll
    void recordThenCorrect() {
        EventEnvelope opened = story.on(
                "2025-04-01",
                new NegotiationOpened(
                        "Corrected talks",
                        List.of(new Party("US", "United States"), new Party("JP", "Japan")),
                        List.of(),
                        null));
        EventEnvelope first = story.on("2025-05-01", round("r1"));
        secondRound = story.on("2025-06-10", round("r2"));
        EventEnvelope deadline = story.on(
                "2025-04-09",
                new DeadlineSet(
                        "pause-end",
                        "End of the pause",
                        WorldDate.parse("2025-07-09"),
                        DeadlineKind.EFFECTIVE_DATE,
                        null));
        retraction = story.recorded(
                "2025-06-15",
                Instant.parse("2025-06-15T12:00:00Z"),
                new EventRetracted(secondRound.eventId(), "the meeting never took place"),
                Story.NHK);
        EventEnvelope corrected = story.recorded(
                "2025-06-16",
                Instant.parse("2025-06-16T12:00:00Z"),
                new EventCorrected(
                        deadline.eventId(),
                        "DeadlineSet",
                        null,
                        new DeadlineSet(
                                "pause-end",
                                "End of the pause",
                                WorldDate.parse("2025-07-10"),
                                DeadlineKind.EFFECTIVE_DATE,
                                null),
                        "the date was 10 July"),
                Story.NHK);
        topic.send(opened, first, secondRound, deadline, retraction, corrected);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/status").status() == 200
                        && get("/status").json().path("version").asLong() == 6);
    }

    static RoundHeld round(String id) {
        return new RoundHeld(id, RoundLevel.MINISTERIAL, null, null, "Washington", List.of(), null, null, null);
    }

    @Test
    void aRetractedRoundNoLongerCountsWhateverTheAsOfDate() {
        assertThat(get("/status").json().path("rounds").path("total").asInt()).isEqualTo(1);
        assertThat(get("/status?asOf=2025-06-12")
                        .json()
                        .path("rounds")
                        .path("total")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void knownAtBeforeTheCorrectionsShowsWhatWasBelievedThen() {
        assertThat(get("/status?knownAt=2025-06-14T00:00:00Z")
                        .json()
                        .path("rounds")
                        .path("total")
                        .asInt())
                .isEqualTo(2);
        assertThat(get("/deadlines?knownAt=2025-06-14T00:00:00Z").json().toString())
                .contains("2025-07-09")
                .doesNotContain("2025-07-10");
    }

    @Test
    void aCorrectedDateMovesTheDeadline() {
        assertThat(get("/deadlines").json().toString())
                .contains("2025-07-10")
                .doesNotContain("\"dueOn\":\"2025-07-09\"");
    }

    @Test
    void theTimelineKeepsTheRetractedEventWithWhatTookItBack() {
        JsonNode events = get("/timeline").json().path("events");
        JsonNode round = StreamSupport.stream(events.spliterator(), false)
                .filter(e ->
                        e.path("eventId").asText().equals(secondRound.eventId().toString()))
                .findFirst()
                .orElseThrow();
        assertThat(round.path("amendments").path("retracted").asBoolean()).isTrue();
        assertThat(round.path("amendments").path("retractedBy").asText())
                .isEqualTo(retraction.eventId().toString());
        assertThat(round.path("amendments").path("retractionReason").asText())
                .isEqualTo("the meeting never took place");
        assertThat(StreamSupport.stream(events.spliterator(), false)
                        .map(e -> e.path("type").asText()))
                .contains("EventRetracted", "EventCorrected");
    }

    private Reply get(String view) {
        return Http.get(server.getURL() + "/api/negotiations/" + ID + view);
    }
}
