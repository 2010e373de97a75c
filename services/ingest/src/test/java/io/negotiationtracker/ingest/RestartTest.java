package io.negotiationtracker.ingest;

import static io.negotiationtracker.ingest.Events.batch;
import static io.negotiationtracker.ingest.Events.opened;
import static io.negotiationtracker.ingest.Events.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.ingest.test.IngestFixture;
import io.negotiationtracker.testsupport.http.Reply;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Idempotency is stored, not remembered: a retry after a restart gets the same versions and positions back. */
class RestartTest {
    @Test
    void aRetryAfterARestartIsStillRecognised() {
        IngestFixture ingest = IngestFixture.fresh("restart").start();
        try {
            String body = batch(opened(UUID.randomUUID()), statement(UUID.randomUUID(), "before the restart"));
            var first = new Api(ingest.url()).append("restart", body);
            assertThat(first.status()).isEqualTo(201);

            ingest = ingest.restart();
            var again = new Api(ingest.url()).append("restart", body);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().path("events")).isEqualTo(withDuplicateFlag(first));
            var next = new Api(ingest.url()).append("restart", statement(null, "after"));
            assertThat(next.json().path("events").get(0).path("version").asLong())
                    .isEqualTo(3);
            assertThat(next.json().path("events").get(0).path("position").asLong())
                    .isEqualTo(first.json().path("lastPosition").asLong() + 1);
        } finally {
            ingest.close();
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode withDuplicateFlag(Reply reply) {
        var events = reply.json().path("events").deepCopy();
        events.forEach(e -> ((com.fasterxml.jackson.databind.node.ObjectNode) e).put("duplicate", true));
        return events;
    }
}
