package io.negotiationtracker.ingest;

import static io.negotiationtracker.ingest.Events.batch;
import static io.negotiationtracker.ingest.Events.opened;
import static io.negotiationtracker.ingest.Events.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.ingest.store.EventStore;
import io.negotiationtracker.ingest.store.StoredEvent;
import io.negotiationtracker.ingest.test.IngestFixture;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Many concurrent writers, and a follower that reads position > last as it goes: it must see every acknowledged
 * event exactly once, in position order, with no gap, even though transactions commit in any order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GapSafePositionsTest {
    static final int WRITERS = 8;
    static final int APPENDS_PER_WRITER = 40;

    IngestFixture ingest;
    Api api;

    @BeforeAll
    void start() {
        ingest = IngestFixture.fresh("gaps").start();
        api = new Api(ingest.url());
    }

    @AfterAll
    void stop() {
        ingest.close();
    }

    @Test
    void aConcurrentFollowerSeesEveryCommittedEventOnceAndInOrder() throws Exception {
        List<String> negotiations = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = "gaps-" + i;
            assertThat(api.append(id, opened(UUID.randomUUID())).status()).isEqualTo(201);
            negotiations.add(id);
        }
        EventStore store = ingest.bean(EventStore.class);
        long start = store.head();
        Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Long> seen = new ArrayList<>();
        Set<UUID> seenIds = new HashSet<>();

        Thread follower = Thread.ofPlatform().start(() -> {
            long last = start;
            while (true) {
                boolean done = !writing.get();
                List<StoredEvent> page = store.readAll(last, store.head(), 200, null, null);
                for (StoredEvent e : page) {
                    seen.add(e.position());
                    seenIds.add(UUID.fromString(Api.JSON
                            .valueToTree(parse(e.envelope()))
                            .path("eventId")
                            .asText()));
                    last = e.position();
                }
                if (done && page.isEmpty()) return;
            }
        });

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(pool.submit(() -> {
                for (int i = 0; i < APPENDS_PER_WRITER; i++) {
                    int size = 1 + ThreadLocalRandom.current().nextInt(4);
                    List<UUID> ids = new ArrayList<>();
                    String[] events = new String[size];
                    for (int k = 0; k < size; k++) {
                        UUID id = UUID.randomUUID();
                        ids.add(id);
                        events[k] = statement(id, "concurrent " + id);
                    }
                    String negotiation =
                            negotiations.get(ThreadLocalRandom.current().nextInt(negotiations.size()));
                    var reply = api.append(negotiation, batch(events));
                    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
                    acknowledged.addAll(ids);
                }
                return null;
            }));
        }
        for (Future<?> f : writers) f.get();
        pool.shutdown();
        writing.set(false);
        follower.join(60_000);

        assertThat(seenIds).containsAll(acknowledged);
        assertThat(seen).hasSize(acknowledged.size());
        for (int i = 0; i < seen.size(); i++) assertThat(seen.get(i)).isEqualTo(start + 1 + i);
    }

    private static Object parse(String json) {
        try {
            return Api.JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
