package io.negotiationtracker.ingest;

import static io.negotiationtracker.ingest.Events.event;
import static io.negotiationtracker.ingest.Events.opened;
import static io.negotiationtracker.ingest.Events.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.ingest.test.IngestFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Concurrent appends are committed together, each under its own savepoint: a refused append in a group leaves the
 * others stored, and every stream still has consecutive versions.
 */
class GroupCommitTest {
    @Test
    void refusedAppendsDoNotTakeTheirGroupDown() throws Exception {
        try (IngestFixture ingest = IngestFixture.fresh("group").start()) {
            Api api = new Api(ingest.url());
            List<String> ids = List.of("group-a", "group-b", "group-c");
            for (String id : ids)
                assertThat(api.append(id, opened(UUID.randomUUID())).status()).isEqualTo(201);
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<CompletableFuture<Integer>> replies = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                String id = ids.get(i % 3);
                String body = i % 5 == 0
                        ? event(
                                null,
                                "DeadlineChanged",
                                "2025-07-07",
                                "{\"deadlineId\":\"missing\",\"previousDueOn\":\"2025-07-09\",\"dueOn\":\"2025-08-01\"}")
                        : statement(null, "concurrent " + i);
                replies.add(
                        CompletableFuture.supplyAsync(() -> api.append(id, body).status(), pool));
            }
            List<Integer> statuses =
                    replies.stream().map(CompletableFuture::join).toList();
            pool.shutdown();
            assertThat(statuses.stream().filter(s -> s == 422)).hasSize(24);
            assertThat(statuses.stream().filter(s -> s == 201)).hasSize(96);
            for (String id : ids) {
                var stream = api.get("/api/negotiations/" + id + "/events").json();
                assertThat(stream.path("version").asLong()).isEqualTo(33);
                for (int v = 0; v < 33; v++)
                    assertThat(stream.path("events").get(v).path("version").asLong())
                            .isEqualTo(v + 1);
            }
        }
    }
}
