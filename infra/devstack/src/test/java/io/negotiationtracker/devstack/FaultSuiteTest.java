package io.negotiationtracker.devstack;

import io.negotiationtracker.testsupport.http.Http;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
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
    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> NEGOTIATIONS = List.of("fault-a", "fault-b", "fault-c", "fault-d");
    static DevStack stack;

    final Map<UUID, String> acknowledged = new ConcurrentHashMap<>();
    final Map<String, Integer> deadlinesSet = new ConcurrentHashMap<>();
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger unavailable = new AtomicInteger();
    final AtomicInteger unavailableWithoutRetryAfter = new AtomicInteger();
    final AtomicInteger connectionFailures = new AtomicInteger();
    final Map<String, Map<String, Integer>> outcomesByPhase = new ConcurrentHashMap<>();
    volatile String phase = "steady";

    @BeforeAll
    static void start() throws Exception {
        var tests = DevStack.Options.forTests(Files.createTempDirectory("nt-faults"));
        stack = DevStack.start(new DevStack.Options(tests.dataDir(), true, null, null, null, null, tests.ingestPort(), tests.projectionPort(),
                tests.notifierPort(), tests.tokens(), Map.of("projection@tracker.clock.at", "2025-06-17", "notifier@tracker.clock.at", "2025-06-17")));
    }

    @AfterAll
    static void stop() {
        if (stack != null) stack.close();
    }

    @Test
    void noFaultLosesOrDuplicatesAnAcknowledgedEvent() throws Exception {
        for (String id : NEGOTIATIONS) write(id, WalkingSkeletonEndToEndTest.event("NegotiationOpened", "2025-04",
                "{\"title\":\"Fault talks " + id + "\",\"parties\":[{\"code\":\"US\",\"name\":\"United States\"},{\"code\":\"JP\",\"name\":\"Japan\"}]}"), UUID.randomUUID());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread load = new Thread(() -> steadyLoad(running), "fault-suite-load");
        load.start();
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
            phase = "postgres-down";
            pause(20_000);
            phase = "postgres-starting";
            stack.startDatabase();
            phase = "steady";
            pause(5_000);
        } finally {
            running.set(false);
            load.join(120_000);
        }
        System.out.printf("fault suite: %d faults injected (%s); %d writes sent, %d events acknowledged, %d answers 503, %d connection failures%n",
                faults.size(), String.join(", ", faults), sent.get(), acknowledged.size(), unavailable.get(), connectionFailures.get());
        System.out.println("fault suite: answers by phase: " + outcomesByPhase);
        assertThat(unavailableWithoutRetryAfter.get()).as("503 answers without Retry-After").isZero();
        Map<String, Integer> whileDown = outcomesByPhase.getOrDefault("postgres-down", Map.of());
        assertThat(whileDown.getOrDefault("503", 0)).as("ingest answers 503 while PostgreSQL is down: " + whileDown).isPositive();
        assertThat(whileDown.getOrDefault("no answer", 0)).as("ingest keeps answering while PostgreSQL is down: " + whileDown).isZero();
        assertThat(acknowledged.size()).isGreaterThan(100);

        Map<String, List<JsonNode>> stored = storedEvents();
        List<UUID> storedIds = stored.values().stream().flatMap(List::stream).map(e -> UUID.fromString(e.path("eventId").asText())).toList();
        assertThat(storedIds).as("stored once").doesNotHaveDuplicates();
        assertThat(storedIds).as("every acknowledged event is stored").containsAll(acknowledged.keySet());
        Map<String, Long> lastVersion = new HashMap<>();
        stored.forEach((id, events) -> {
            for (int i = 0; i < events.size(); i++) assertThat(events.get(i).path("version").asLong()).as(id + " versions without gaps").isEqualTo(i + 1);
            lastVersion.put(id, (long) events.size());
        });

        Map<String, List<Long>> topic = topicVersions(storedIds.size());
        for (String id : NEGOTIATIONS) {
            List<Long> expected = new ArrayList<>();
            for (long v = 1; v <= lastVersion.get(id); v++) expected.add(v);
            assertThat(topic.get(id)).as(id + " on the topic once and in order").isEqualTo(expected);
        }

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            for (String id : NEGOTIATIONS) {
                var status = Http.get(stack.projectionUrl() + "/api/negotiations/" + id + "/status");
                assertThat(status.status()).isEqualTo(200);
                assertThat(status.json().path("version").asLong()).as(id + " folded to its last version").isEqualTo(lastVersion.get(id));
                assertThat(Http.get(stack.projectionUrl() + "/api/negotiations/" + id + "/timeline").json().path("count").asLong())
                        .as(id + " counted once in the views").isEqualTo(lastVersion.get(id));
            }
        });
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            for (var d : deadlinesSet.entrySet()) {
                String[] parts = d.getKey().split("/");
                var alerts = Http.get(stack.notifierUrl() + "/api/alerts?negotiationId=" + parts[0] + "&kind=set&limit=1000").json().path("alerts");
                long forIt = 0;
                for (JsonNode a : alerts) if (a.path("deadlineId").asText().equals(parts[1])) forIt++;
                assertThat(forIt).as("one 'set' alert for " + d.getKey()).isEqualTo(1);
            }
        });
        System.out.printf("fault suite: events written %d, lost 0, duplicated 0; deadlines set %d, each alerted once%n", storedIds.size(), deadlinesSet.size());
    }

    /** About 20 writes a second until stopped; each write is retried with the same eventId until acknowledged. */
    private void steadyLoad(AtomicBoolean running) {
        int n = 0;
        while (running.get()) {
            String negotiation = NEGOTIATIONS.get(n % NEGOTIATIONS.size());
            UUID eventId = UUID.randomUUID();
            String body;
            if (n % 10 == 0) {
                String deadline = "deadline-" + n;
                body = WalkingSkeletonEndToEndTest.event("DeadlineSet", "2025-06-17",
                        "{\"deadlineId\":\"" + deadline + "\",\"title\":\"Deadline " + n + "\",\"dueOn\":\"2025-09-01\",\"deadlineClass\":\"legal\"}");
                if (write(negotiation, body, eventId)) deadlinesSet.put(negotiation + "/" + deadline, n);
            } else {
                body = WalkingSkeletonEndToEndTest.event("StatementMade", "2025-06-17",
                        "{\"speaker\":{\"name\":\"Ryosei Akazawa\",\"party\":\"JP\"},\"quote\":\"statement " + n + "\"}");
                write(negotiation, body, eventId);
            }
            n++;
            pause(50);
        }
    }

    /** Posts one event with a fixed eventId until it is acknowledged (201 or 200 for a retry), for up to 90 s. */
    private boolean write(String negotiation, String event, UUID eventId) {
        String body = event.replaceFirst("\\{", "{\"eventId\":\"" + eventId + "\",");
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            sent.incrementAndGet();
            String at = phase;
            try {
                var r = Http.post(stack.ingestUrl() + "/api/negotiations/" + negotiation + "/events", body, "Authorization", "Bearer " + stack.writerToken());
                count(at, Integer.toString(r.status()));
                if (r.status() == 201 || r.status() == 200) {
                    acknowledged.put(eventId, negotiation);
                    return true;
                }
                if (r.status() == 503) {
                    unavailable.incrementAndGet();
                    if (r.header("Retry-After") == null) unavailableWithoutRetryAfter.incrementAndGet();
                } else if (r.status() < 500) {
                    throw new AssertionError("write refused: " + r.status() + " " + r.body());
                }
            } catch (AssertionError e) {
                if (e.getMessage() != null && e.getMessage().startsWith("write refused")) throw e;
                connectionFailures.incrementAndGet();
                count(at, "no answer");
            }
            pause(200);
        }
        return false;
    }

    /** Counts an answer under the phase in which its request was sent. */
    private void count(String at, String outcome) {
        outcomesByPhase.computeIfAbsent(at, p -> new ConcurrentHashMap<>()).merge(outcome, 1, Integer::sum);
    }

    private static Map<String, List<JsonNode>> storedEvents() {
        Map<String, List<JsonNode>> byNegotiation = new LinkedHashMap<>();
        for (String id : NEGOTIATIONS) {
            List<JsonNode> events = new ArrayList<>();
            long after = 0;
            while (true) {
                var page = Http.get(stack.ingestUrl() + "/api/negotiations/" + id + "/events?afterVersion=" + after + "&limit=1000").json().path("events");
                if (page.isEmpty()) break;
                page.forEach(events::add);
                after = events.get(events.size() - 1).path("version").asLong();
            }
            byNegotiation.put(id, events);
        }
        return byNegotiation;
    }

    private static Map<String, List<Long>> topicVersions(int expected) {
        Map<String, Object> config = Map.of("bootstrap.servers", stack.kafkaBootstrap(), "group.id", "fault-suite-" + System.nanoTime(),
                "auto.offset.reset", "earliest", "enable.auto.commit", "false", "isolation.level", "read_committed",
                "key.deserializer", StringDeserializer.class.getName(), "value.deserializer", StringDeserializer.class.getName());
        Map<String, List<Long>> versions = new HashMap<>();
        int seen = 0;
        try (var consumer = new KafkaConsumer<String, String>(config)) {
            consumer.subscribe(List.of("negotiation.events.v1"));
            long deadline = System.currentTimeMillis() + 60_000;
            long quietUntil = Long.MAX_VALUE;
            while (System.currentTimeMillis() < Math.min(deadline, quietUntil)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    if (!NEGOTIATIONS.contains(r.key())) continue;
                    JsonNode e;
                    try {
                        e = JSON.readTree(r.value());
                    } catch (java.io.IOException ex) {
                        throw new AssertionError(ex);
                    }
                    versions.computeIfAbsent(r.key(), k -> Collections.synchronizedList(new ArrayList<>())).add(e.path("version").asLong());
                    seen++;
                }
                if (seen >= expected && quietUntil == Long.MAX_VALUE) quietUntil = System.currentTimeMillis() + 2_000;
            }
        }
        return versions;
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
