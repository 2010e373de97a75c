package io.negotiationtracker.ingest;

import static io.negotiationtracker.ingest.Events.batch;
import static io.negotiationtracker.ingest.Events.event;
import static io.negotiationtracker.ingest.Events.opened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.negotiationtracker.ingest.store.EventStore;
import io.negotiationtracker.ingest.test.IngestFixture;
import io.negotiationtracker.testsupport.http.Reply;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the relay could not publish is refused at the door: 413 problem+json naming the field, nothing stored. */
class DoorLimitsTest {
    /** A RoundHeld whose participants have names of {@code nameLength} characters (each valid on its own). */
    static String round(int participants, int nameLength) {
        StringBuilder people = new StringBuilder();
        for (int i = 0; i < participants; i++) {
            if (i > 0) people.append(',');
            people.append("{\"name\":\"")
                    .append((i + "-" + "x".repeat(nameLength)), 0, nameLength)
                    .append("\",\"party\":\"JP\"}");
        }
        return event(
                null,
                "RoundHeld",
                "2025-06-16",
                "{\"roundId\":\"round-" + participants + "\",\"level\":\"ministerial\",\"participants\":[" + people
                        + "]}");
    }

    @Test
    void anEventLargerThanTheLimitIsRefusedNamingItsLargestPartAndNothingIsStored() {
        try (IngestFixture ingest = IngestFixture.fresh("door-size").start()) {
            Api api = new Api(ingest.url());
            assertThat(api.append("door-size", opened(UUID.randomUUID())).status())
                    .isEqualTo(201);

            Reply single = api.append("door-size", round(300, 3_900));
            assertThat(single.status()).isEqualTo(413);
            assertThat(single.contentType()).startsWith("application/problem+json");
            assertThat(single.json().get("field").asText()).isEqualTo("data.participants");
            assertThat(single.json().get("detail").asText())
                    .contains("tracker.ingest.max-event-bytes")
                    .contains("262144");

            Reply inBatch = api.append("door-size", batch(Events.statement(null, "fine"), round(300, 3_900)));
            assertThat(inBatch.status()).isEqualTo(413);
            assertThat(inBatch.json().get("field").asText()).isEqualTo("[1].data.participants");
            assertThat(ingest.bean(EventStore.class).streamVersion("door-size")).isEqualTo(1);

            assertThat(api.append("door-size", round(60, 3_900)).status())
                    .as("about 240 KB: under the limit")
                    .isEqualTo(201);
        }
    }

    @Test
    void aListLongerThanTheCapIsRefusedNamingItsPath() {
        try (IngestFixture ingest = IngestFixture.fresh("door-list").start()) {
            Api api = new Api(ingest.url());
            assertThat(api.append("door-list", opened(UUID.randomUUID())).status())
                    .isEqualTo(201);
            Reply reply = api.append("door-list", batch(round(2, 10), round(501, 10)));
            assertThat(reply.status()).isEqualTo(413);
            assertThat(reply.json().get("field").asText()).isEqualTo("[1].data.participants");
            assertThat(reply.json().get("detail").asText()).contains("500").contains("tracker.ingest.max-list-entries");
            assertThat(ingest.bean(EventStore.class).streamVersion("door-list")).isEqualTo(1);
            assertThat(api.append("door-list", round(500, 10)).status()).isEqualTo(201);
        }
    }

    @Test
    void aLimitTheRelayCouldNotHonourStopsTheStart() {
        IngestFixture.Builder app =
                IngestFixture.fresh("door-budget").with("tracker.ingest.max-event-bytes", 1_048_576);
        assertThatThrownBy(() -> app.start())
                .rootCause()
                .hasMessageContaining("tracker.ingest.max-event-bytes")
                .hasMessageContaining("max.request.size");
    }
}
