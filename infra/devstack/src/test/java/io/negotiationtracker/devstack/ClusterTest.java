package io.negotiationtracker.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationtracker.testsupport.http.Http;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The cluster test: a three-node KRaft cluster started as processes, the services' topics created with replication
 * factor 3 and min.insync.replicas 2 (kafka.topic.*), two instances of each service, a bounded load of writes spread
 * over both ingest instances; meanwhile one broker and one instance of each service are stopped, then restarted.
 * Checked through what users see: every acknowledged event is in the store once (ingest), on the topic once
 * (read_committed, by eventId), in the views of BOTH projection instances once (status and timeline, equal, after
 * read-your-writes of the last position), and every deadline raised one alert (both notifier instances agree).
 */
class ClusterTest {
    static final List<String> NEGOTIATIONS = List.of("cluster-a", "cluster-b", "cluster-c", "cluster-d");
    static final List<String> SECOND = List.of("ingest-2", "projection-2", "notifier-2");
    /** The topics the services create, dead-letter topics included: each with kafka.topic.* (3 replicas, 2 in sync). */
    static final List<String> TOPICS = List.of(
            "negotiation.events.v1",
            "negotiation.alerts.v1",
            "negotiation.events.v1.dlq.projection",
            "negotiation.events.v1.dlq.notifier");

    static final List<String> INSTANCES =
            List.of("ingest", "ingest-2", "projection", "projection-2", "notifier", "notifier-2");

    @Test
    void aBrokerAndOneInstanceOfEachServiceLostAndBackLoseAndDuplicateNothing() throws Exception {
        long began = System.nanoTime();
        var options = DevStack.Options.forTests(Files.createTempDirectory("nt-cluster"))
                .with(Map.of(
                        "kafka.topic.replication-factor",
                        "3",
                        "kafka.topic.min-insync-replicas",
                        "2",
                        "projection@tracker.clock.at",
                        "2025-06-17",
                        "notifier@tracker.clock.at",
                        "2025-06-17"));
        System.out.println("cluster test: the processes' logs are kept in "
                + options.dataDir().resolve("logs"));
        try (DevStack stack = DevStack.startCluster(options, 3, JvmOptions.QUICK_START)) {
            List.of("ingest", "projection", "notifier").parallelStream().forEach(s -> stack.startInstance(s, 2));
            lap("three brokers, PostgreSQL and two instances of each service ready", began);
            WriteLoad load = new WriteLoad(
                    NEGOTIATIONS, List.of(stack.url("ingest"), stack.url("ingest-2")), stack.writerToken());
            load.open();
            AtomicBoolean running = new AtomicBoolean(true);
            CompletableFuture<Void> writes = CompletableFuture.runAsync(() -> load.steady(running, 200));
            await().atMost(Duration.ofSeconds(240)).until(() -> load.acknowledged.size() >= 60);
            stack.stopBroker(2);
            SECOND.forEach(stack::kill);
            writes.get(); // the rest of the writes, through the surviving instances, with one broker of three away
            int whileDown = load.acknowledged.size();
            lap("writes made with broker 2 and " + SECOND + " down", began);
            stack.startBroker(2);
            SECOND.parallelStream().forEach(stack::start);
            lap("broker 2 and " + SECOND + " restarted", began);
            load.steady(running, 60); // everything back: both ingest instances take writes again
            System.out.printf(
                    "cluster test: brokers 3 (one stopped and restarted), instances 2 of each service (one of each killed and "
                            + "restarted); %d events acknowledged, %d before the restarts; set up and loaded in %d s%n",
                    load.acknowledged.size(), whileDown, (System.nanoTime() - began) / 1_000_000_000);
            assertThat(stack.exitedUnasked())
                    .as("processes that ended by themselves")
                    .isEmpty();
            audit(stack, load);
        }
        System.out.printf("cluster test: took %d s%n", (System.nanoTime() - began) / 1_000_000_000);
    }

    private static void lap(String what, long began) {
        System.out.printf("cluster test: %s at %d s%n", what, (System.nanoTime() - began) / 1_000_000_000);
    }

    private static void audit(DevStack stack, WriteLoad load) {
        Map<String, List<JsonNode>> stored = StoreAudit.storedEvents(stack.url("ingest"), NEGOTIATIONS);
        List<UUID> storedIds = stored.values().stream()
                .flatMap(List::stream)
                .map(e -> UUID.fromString(e.path("eventId").asText()))
                .toList();
        long lost = load.acknowledged.keySet().stream()
                .filter(id -> !storedIds.contains(id))
                .count();
        long duplicated = storedIds.size() - storedIds.stream().distinct().count();
        Map<UUID, Long> onTopic =
                StoreAudit.topicEvents(stack.kafkaBootstrap(), NEGOTIATIONS, storedIds.size()).values().stream()
                        .flatMap(List::stream)
                        .collect(Collectors.groupingBy(
                                e -> UUID.fromString(e.path("eventId").asText()), Collectors.counting()));
        long lostOnTopic =
                storedIds.stream().filter(id -> !onTopic.containsKey(id)).count();
        long duplicatedOnTopic = onTopic.values().stream().filter(n -> n > 1).count();
        System.out.printf(
                "cluster test: events written %d (acknowledged %d); store: lost %d, duplicated %d; topic: lost %d, duplicated %d%n",
                storedIds.size(), load.acknowledged.size(), lost, duplicated, lostOnTopic, duplicatedOnTopic);
        assertThat(lost + duplicated + lostOnTopic + duplicatedOnTopic)
                .as("lost or duplicated in the store or on the topic")
                .isZero();

        Map<String, Long> versions = stored.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e ->
                (long) e.getValue().size()));
        long last = stored.values().stream()
                .flatMap(List::stream)
                .mapToLong(e -> e.path("position").asLong())
                .max()
                .orElseThrow();
        for (String projection : List.of("projection", "projection-2")) {
            String url =
                    stack.url(projection) + "/api/negotiations/" + NEGOTIATIONS.get(0) + "/status?minPosition=" + last;
            await().atMost(Duration.ofSeconds(240)).until(() -> Http.get(url).status() == 200);
            for (String id : NEGOTIATIONS)
                assertThat(StoreAudit.viewCounts(stack.url(projection), id))
                        .as(projection + ": " + id + " version and timeline count")
                        .containsExactly(versions.get(id), versions.get(id));
        }
        Function<String, Map<String, Long>> alertsOf = notifier -> load.deadlinesSet.keySet().stream()
                .collect(Collectors.toMap(d -> d, d -> StoreAudit.setAlerts(stack.url(notifier), d)));
        Map<String, Long> onePerDeadline =
                load.deadlinesSet.keySet().stream().collect(Collectors.toMap(d -> d, d -> 1L));
        await().atMost(Duration.ofSeconds(240))
                .until(() -> alertsOf.apply("notifier").equals(onePerDeadline));
        assertThat(alertsOf.apply("notifier-2")).isEqualTo(onePerDeadline);
        Map<String, String> layouts = StoreAudit.topicLayouts(stack.kafkaBootstrap(), TOPICS);
        System.out.println("cluster test: topics (replicas/min.insync.replicas): " + layouts);
        assertThat(layouts)
                .allSatisfy((topic, layout) -> assertThat(layout).as(topic).isEqualTo("3/2"));
        for (String instance : INSTANCES)
            assertThat(Http.get(stack.url(instance) + "/health")
                            .json()
                            .path("details")
                            .path("kafkaTopics")
                            .path("details")
                            .path("belowReplicationFactor")
                            .size())
                    .as(instance + ": topics below the replication factor (/health)")
                    .isZero();
        System.out.printf(
                "cluster test: views on both projection instances equal to the store (%d events); %d deadlines, one alert each; "
                        + "lost 0, duplicated 0%n",
                storedIds.size(), load.deadlinesSet.size());
    }
}
