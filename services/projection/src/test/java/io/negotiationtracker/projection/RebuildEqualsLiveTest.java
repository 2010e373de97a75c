package io.negotiationtracker.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.negotiationtracker.events.DeadlineSet;
import io.negotiationtracker.events.EventCorrected;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.EventRetracted;
import io.negotiationtracker.events.NegotiationOpened;
import io.negotiationtracker.events.Party;
import io.negotiationtracker.events.Person;
import io.negotiationtracker.events.RoundHeld;
import io.negotiationtracker.events.StatementMade;
import io.negotiationtracker.events.WorldDate;
import io.negotiationtracker.projection.support.ProjectionApp;
import io.negotiationtracker.projection.support.RandomStory;
import io.negotiationtracker.projection.support.Seed;
import io.negotiationtracker.projection.support.Story;
import io.negotiationtracker.projection.support.Topic;
import io.negotiationtracker.testsupport.http.Http;
import io.negotiationtracker.testsupport.http.Reply;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A rebuild is a replay (the topic read once, each negotiation folded in memory, the tables written once), and its views
 * are the views the consumer built event by event: the seed story with a retracted round and a corrected deadline, a
 * negotiation whose events come in world order (folded while reading), and random ones whose events come out of it
 * (folded in full after the load). Every view of every negotiation, now and at a past query time, and the lists, are
 * compared byte for byte before and after the switch; an event sent after it is applied once, from where the replay
 * stopped.
 */
class RebuildEqualsLiveTest {
    static final List<String> VIEWS =
            List.of("status", "timeline", "issues", "proposals", "rounds", "deadlines", "tariffs");
    static final List<String> QUERY_TIMES = List.of("", "?asOf=2025-05-01", "?knownAt=2025-06-16T12:00:00Z");

    @Test
    void theReplayedGenerationServesTheSameViewsAsTheLiveBuiltOne() throws Exception {
        List<EventEnvelope> events = new ArrayList<>(Seed.envelopes());
        EventEnvelope round = events.stream()
                .filter(e -> e.data() instanceof RoundHeld)
                .findFirst()
                .orElseThrow();
        EventEnvelope deadline = events.stream()
                .filter(e -> e.data() instanceof DeadlineSet)
                .findFirst()
                .orElseThrow();
        DeadlineSet d = (DeadlineSet) deadline.data();
        long seedVersion = events.size();
        events.add(correction(
                seedVersion + 1,
                "2025-06-16",
                new EventRetracted(round.eventId(), "the round was a phone call"),
                Instant.parse("2025-06-16T09:00:00Z")));
        events.add(correction(
                seedVersion + 2,
                "2025-06-16",
                new EventCorrected(
                        deadline.eventId(),
                        "DeadlineSet",
                        null,
                        new DeadlineSet(
                                d.deadlineId(),
                                d.title(),
                                WorldDate.parse("2025-08-01"),
                                d.kind(),
                                d.summary(),
                                d.deadlineClass(),
                                d.owner(),
                                d.governs()),
                        "the date was moved"),
                Instant.parse("2025-06-17T08:00:00Z")));
        Story inOrder = new Story("in-order");
        events.add(inOrder.on(
                "2025-01-02",
                new NegotiationOpened(
                        "In order",
                        List.of(new Party("US", "United States"), new Party("JP", "Japan")),
                        List.of(),
                        null)));
        for (int i = 0; i < 200; i++)
            events.add(inOrder.on(
                    LocalDate.of(2025, 1, 3).plusDays(i / 2).toString(),
                    new StatementMade(new Person("Speaker " + i, null, "US"), "Statement " + i, null)));
        events.addAll(new RandomStory("replay", 8, 7).events(3_000));
        List<String> ids =
                events.stream().map(EventEnvelope::negotiationId).distinct().toList();

        try (Topic topic = new Topic("projection-replay", 3)) {
            topic.send(events.toArray(new EventEnvelope[0]));
            EmbeddedServer server = ProjectionApp.onNewDatabase("projection_replay", topic.name())
                    .start();
            try {
                String base = "http://127.0.0.1:" + server.getPort();
                long last = events.get(events.size() - 1).position();
                await().atMost(Duration.ofSeconds(120))
                        .until(() -> Http.get(base + "/api/negotiations/" + Seed.ID + "/status?minPosition=" + last)
                                        .status()
                                == 200);
                Map<String, String> live = views(base, ids, "1");
                assertThat(live.get("/api/negotiations/" + Seed.ID + "/deadlines"))
                        .as("the correction is folded")
                        .contains("2025-08-01");

                var started = Http.postAs(ProjectionApp.writerToken(), base + "/api/admin/rebuild", null);
                assertThat(started.status()).as(started.body()).isEqualTo(202);
                await().atMost(Duration.ofSeconds(180))
                        .until(() -> Http.get(base + "/api/admin/rebuild")
                                .json()
                                .path("state")
                                .asText()
                                .equals("switched"));
                JsonNode rebuild = Http.get(base + "/api/admin/rebuild").json();
                assertThat(rebuild.path("servingGeneration").asInt()).isEqualTo(2);
                assertThat(rebuild.path("replayedRecords").asLong())
                        .as("every record came through the replay")
                        .isEqualTo(events.size());
                assertThat(rebuild.path("appliedRecords").asLong()).isEqualTo(events.size());

                Map<String, String> replayed = views(base, ids, "2");
                assertThat(replayed.keySet()).containsExactlyElementsOf(live.keySet());
                live.forEach(
                        (path, body) -> assertThat(replayed.get(path)).as(path).isEqualTo(body));

                EventEnvelope after = inOrder.on(
                        "2025-06-17", new StatementMade(new Person("After", null, "US"), "After the replay.", null));
                topic.send(after);
                Reply status = Http.get(base + "/api/negotiations/in-order/status?minPosition=" + after.position());
                assertThat(status.header("X-View-Generation")).isEqualTo("2");
                assertThat(status.body()).contains("After the replay.");
                assertThat(servingConsumerApplied(base))
                        .as("the consumer went on from where the replay stopped: nothing read twice")
                        .isEqualTo(events.size() + 1);
            } finally {
                server.getApplicationContext().close();
            }
        }
    }

    private static EventEnvelope correction(
            long version, String occurredOn, io.negotiationtracker.events.NegotiationEvent data, Instant recordedAt) {
        EventEnvelope made = new Story(Seed.ID).recorded(occurredOn, recordedAt, data, Story.NHK);
        return new EventEnvelope(
                made.eventId(),
                made.negotiationId(),
                made.type(),
                version,
                made.position(),
                made.occurredOn(),
                made.recordedAt(),
                made.source(),
                made.confidence(),
                made.data());
    }

    /** Every view of every negotiation at each query time, and the lists, from the generation expected to serve them. */
    private static Map<String, String> views(String base, List<String> ids, String generation) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> paths = new ArrayList<>(List.of("/api/negotiations", "/api/portfolio"));
        for (String id : ids)
            for (String view : VIEWS)
                for (String time : QUERY_TIMES) paths.add("/api/negotiations/" + id + "/" + view + time);
        for (String path : paths) {
            Reply r = Http.get(base + path);
            assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
            assertThat(r.header("X-View-Generation")).as(path).isEqualTo(generation);
            out.put(path, r.body());
        }
        return out;
    }

    private static long servingConsumerApplied(String base) {
        Matcher m = Pattern.compile("(?m)^projection_consumer_applied(?:\\{[^}]*\\})? ([0-9.E]+)$")
                .matcher(Http.get(base + "/prometheus").body());
        assertThat(m.find()).as("projection_consumer_applied in /prometheus").isTrue();
        return (long) Double.parseDouble(m.group(1));
    }
}
