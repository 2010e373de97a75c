package io.negotiationtracker.ingest;

import static io.negotiationtracker.ingest.Events.deadline;
import static io.negotiationtracker.ingest.Events.opened;
import static io.negotiationtracker.ingest.Events.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.ingest.test.IngestFixture;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The subscription: catch up from a position, then live; resume with Last-Event-ID; filters; slow subscribers are cut off. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventStreamTest {
    IngestFixture ingest;
    Api api;

    @BeforeAll
    void start() {
        ingest = IngestFixture.fresh("stream")
                .with("tracker.stream.slow-cutoff", "2s")
                .start();
        api = new Api(ingest.url());
    }

    @AfterAll
    void stop() {
        ingest.close();
    }

    @Test
    void catchesUpThenFollowsLiveAndResumesWithLastEventId() throws Exception {
        String id = "live-" + UUID.randomUUID().toString().substring(0, 8);
        long start = api.append(id, opened(UUID.randomUUID()))
                        .json()
                        .path("lastPosition")
                        .asLong()
                - 1;
        api.append(id, statement(null, "caught up"));
        String url = ingest.url() + "/api/events/stream?negotiationId=" + id;

        var live = CompletableFuture.supplyAsync(() -> {
            try {
                return SseClient.read(url + "&after=" + start, null, 3, Duration.ofSeconds(20));
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        Thread.sleep(500);
        long livePosition = api.append(id, statement(null, "live"))
                .json()
                .path("lastPosition")
                .asLong();
        List<SseClient.Message> messages = live.get();
        assertThat(messages)
                .extracting(SseClient.Message::event)
                .containsExactly("NegotiationOpened", "StatementMade", "StatementMade");
        assertThat(messages.get(2).id()).isEqualTo(Long.toString(livePosition));
        assertThat(Api.JSON
                        .readTree(messages.get(2).data())
                        .path("data")
                        .path("quote")
                        .asText())
                .isEqualTo("live");

        var resumed = SseClient.read(url, messages.get(0).id(), 2, Duration.ofSeconds(10));
        assertThat(resumed)
                .extracting(SseClient.Message::id)
                .containsExactly(messages.get(1).id(), messages.get(2).id());
    }

    @Test
    void filtersByType() throws Exception {
        String id = "filter-" + UUID.randomUUID().toString().substring(0, 8);
        api.append(id, opened(UUID.randomUUID()));
        api.append(id, statement(null, "noise"));
        api.append(id, deadline(null, "2025-07-09"));
        var messages = SseClient.read(
                ingest.url() + "/api/events/stream?negotiationId=" + id + "&type=DeadlineSet",
                null,
                1,
                Duration.ofSeconds(10));
        assertThat(messages).extracting(SseClient.Message::event).containsExactly("DeadlineSet");
    }

    @Test
    void badParametersAreProblems() {
        assertThat(api.get("/api/events/stream?after=minus").status()).isEqualTo(400);
        assertThat(api.get("/api/events/stream?type=Nope").json().path("field").asText())
                .isEqualTo("type");
    }
}
