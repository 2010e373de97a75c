package io.negotiationtracker.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fault suite: the whole product as processes on loopback, a steady load of writes (statements and deadlines over
 * four negotiations, each write retried with its own eventId until acknowledged), and in turn: kill -9 and restart of
 * ingest, the projection and the notifier; the broker stopped and restarted; PostgreSQL stopped and restarted (ingest
 * answers 503 with Retry-After meanwhile: the outage lasts 20 s, longer than the 10 s a request waits for a connection). Then, against the store: every acknowledged event is stored once, on the
 * topic once and in stream order per negotiation, counted once in the views, and every deadline raised its alert once.
 * Bounded: about four minutes here.
 */
class FaultSuiteTest {
    static final List<String> NEGOTIATIONS = List.of("fault-a", "fault-b", "fault-c", "fault-d");
    static DevStack stack;

    @BeforeAll
    static void start() throws Exception {
        var tests = DevStack.Options.forTests(Files.createTempDirectory("nt-faults"));
        stack = DevStack.start(new DevStack.Options(
                tests.dataDir(),
                true,
                null,
                null,
                null,
                null,
                tests.ingestPort(),
                tests.projectionPort(),
                tests.notifierPort(),
                tests.tokens(),
                Map.of("projection@tracker.clock.at", "2025-06-17", "notifier@tracker.clock.at", "2025-06-17")));
    }

    @AfterAll
    static void stop() {
        if (stack != null) stack.close();
    }

    @Test
    void noFaultLosesOrDuplicatesAnAcknowledgedEvent() throws Exception {
        WriteLoad load = new WriteLoad(NEGOTIATIONS, List.of(stack.ingestUrl()), stack.writerToken());
        load.open();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread writer = new Thread(() -> load.steady(running, Integer.MAX_VALUE), "fault-suite-load");
        writer.start();
        List<String> faults = new ArrayList<>();
        try {
            pause(3_000);
            for (String service : List.of("ingest", "projection", "notifier")) {
                stack.kill(service);
                faults.add("kill -9 " + service);
                pause(2_000);
                stack.start(service);
                pause(2_000);
            }
            stack.stopBroker();
            faults.add("broker stopped");
            pause(8_000);
            stack.startBroker();
            pause(3_000);
            stack.stopDatabase();
            faults.add("PostgreSQL stopped");
            load.phase = "postgres-down";
            pause(20_000);
            load.phase = "postgres-starting";
            stack.startDatabase();
            load.phase = "steady";
            pause(5_000);
        } finally {
            running.set(false);
            writer.join(120_000);
        }
        System.out.printf(
                "fault suite: %d faults injected (%s); %d writes sent, %d events acknowledged, %d answers 503, %d connection failures%n",
                faults.size(),
                String.join(", ", faults),
                load.sent.get(),
                load.acknowledged.size(),
                load.unavailable.get(),
                load.connectionFailures.get());
        System.out.println("fault suite: answers by phase: " + load.outcomesByPhase);
        assertThat(load.unavailableWithoutRetryAfter.get())
                .as("503 answers without Retry-After")
                .isZero();
        Map<String, Integer> whileDown = load.outcomesByPhase.getOrDefault("postgres-down", Map.of());
        assertThat(whileDown.getOrDefault("503", 0))
                .as("ingest answers 503 while PostgreSQL is down: " + whileDown)
                .isPositive();
        assertThat(whileDown.getOrDefault("no answer", 0))
                .as("ingest keeps answering while PostgreSQL is down: " + whileDown)
                .isZero();
        assertThat(load.acknowledged.size()).isGreaterThan(100);

        Map<String, List<JsonNode>> stored = StoreAudit.storedEvents(stack.ingestUrl(), NEGOTIATIONS);
        List<UUID> storedIds = stored.values().stream()
                .flatMap(List::stream)
                .map(e -> UUID.fromString(e.path("eventId").asText()))
                .toList();
        assertThat(storedIds).as("stored once").doesNotHaveDuplicates();
        assertThat(storedIds).as("every acknowledged event is stored").containsAll(load.acknowledged.keySet());
        Map<String, Long> lastVersion = new HashMap<>();
        stored.forEach((id, events) -> {
            for (int i = 0; i < events.size(); i++)
                assertThat(events.get(i).path("version").asLong())
                        .as(id + " versions without gaps")
                        .isEqualTo(i + 1);
            lastVersion.put(id, (long) events.size());
        });

        Map<String, List<JsonNode>> topic =
                StoreAudit.topicEvents(stack.kafkaBootstrap(), NEGOTIATIONS, storedIds.size());
        for (String id : NEGOTIATIONS) {
            List<Long> expected = new ArrayList<>();
            for (long v = 1; v <= lastVersion.get(id); v++) expected.add(v);
            assertThat(topic.get(id).stream()
                            .map(e -> e.path("version").asLong())
                            .toList())
                    .as(id + " on the topic once and in order")
                    .isEqualTo(expected);
        }

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            for (String id : NEGOTIATIONS) {
                long[] views = StoreAudit.viewCounts(stack.projectionUrl(), id);
                assertThat(views[0]).as(id + " folded to its last version").isEqualTo(lastVersion.get(id));
                assertThat(views[1]).as(id + " counted once in the views").isEqualTo(lastVersion.get(id));
            }
        });
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            for (String deadline : load.deadlinesSet.keySet())
                assertThat(StoreAudit.setAlerts(stack.notifierUrl(), deadline))
                        .as("one 'set' alert for " + deadline)
                        .isEqualTo(1);
        });
        System.out.printf(
                "fault suite: events written %d, lost 0, duplicated 0; deadlines set %d, each alerted once%n",
                storedIds.size(), load.deadlinesSet.size());
    }

    private static void pause(long ms) {
        WriteLoad.pause(ms);
    }
}
