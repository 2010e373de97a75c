package io.negotiationtracker.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.negotiationtracker.testsupport.http.Http;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What the fault tests count against, each through what a user sees: the events in the store (ingest's API), on the
 * topic (read_committed), in the views (the projection's status and timeline) and the alerts (the notifier's API).
 */
final class StoreAudit {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoreAudit() {}

    /** Each negotiation's stored events, in version order. */
    static Map<String, List<JsonNode>> storedEvents(String ingestUrl, List<String> negotiations) {
        Map<String, List<JsonNode>> byNegotiation = new LinkedHashMap<>();
        for (String id : negotiations) {
            List<JsonNode> events = new ArrayList<>();
            long after = 0;
            while (true) {
                var page = Http.get(
                                ingestUrl + "/api/negotiations/" + id + "/events?afterVersion=" + after + "&limit=1000")
                        .json()
                        .path("events");
                if (page.isEmpty()) break;
                page.forEach(events::add);
                after = events.get(events.size() - 1).path("version").asLong();
            }
            byNegotiation.put(id, events);
        }
        return byNegotiation;
    }

    /**
     * Each negotiation's events on the event topic as a read_committed consumer sees them, in partition order: read
     * until {@code expected} were seen and then 2 s more (anything beyond would be a duplicate), or for 180 s at most (a
     * group join and a fetch from three brokers are slow on a loaded machine).
     */
    static Map<String, List<JsonNode>> topicEvents(String bootstrap, List<String> negotiations, int expected) {
        Map<String, Object> config = Map.of(
                "bootstrap.servers",
                bootstrap,
                "group.id",
                "audit-" + System.nanoTime(),
                "auto.offset.reset",
                "earliest",
                "enable.auto.commit",
                "false",
                "isolation.level",
                "read_committed",
                "key.deserializer",
                StringDeserializer.class.getName(),
                "value.deserializer",
                StringDeserializer.class.getName());
        Map<String, List<JsonNode>> events = new HashMap<>();
        int seen = 0;
        try (var consumer = new KafkaConsumer<String, String>(config)) {
            consumer.subscribe(List.of("negotiation.events.v1"));
            long deadline = System.currentTimeMillis() + 180_000;
            long quietUntil = Long.MAX_VALUE;
            while (System.currentTimeMillis() < Math.min(deadline, quietUntil)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    if (!negotiations.contains(r.key())) continue;
                    events.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(read(r.value()));
                    seen++;
                }
                if (seen >= expected && quietUntil == Long.MAX_VALUE) quietUntil = System.currentTimeMillis() + 2_000;
            }
        }
        return events;
    }

    /** The version a projection instance's status folded to and the events its timeline counts, of one negotiation. */
    static long[] viewCounts(String projectionUrl, String negotiationId) {
        var status = Http.get(projectionUrl + "/api/negotiations/" + negotiationId + "/status");
        if (status.status() != 200) return new long[] {-status.status(), -1};
        long timeline = Http.get(projectionUrl + "/api/negotiations/" + negotiationId + "/timeline")
                .json()
                .path("count")
                .asLong();
        return new long[] {status.json().path("version").asLong(), timeline};
    }

    /** The "set" alerts a notifier instance raised for a deadline ({@code negotiation/deadlineId}, as {@link WriteLoad} keys them). */
    static long setAlerts(String notifierUrl, String deadlineKey) {
        String[] parts = deadlineKey.split("/");
        var alerts = Http.get(notifierUrl + "/api/alerts?negotiationId=" + parts[0] + "&kind=set&limit=1000")
                .json()
                .path("alerts");
        long forIt = 0;
        for (JsonNode a : alerts) if (a.path("deadlineId").asText().equals(parts[1])) forIt++;
        return forIt;
    }

    /**
     * Each topic's smallest replica set and its {@code min.insync.replicas}, as {@code "replicas/minInSync"} (e.g.
     * {@code "3/2"}), read from the brokers.
     */
    static Map<String, String> topicLayouts(String bootstrap, List<String> topics) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            var described = admin.describeTopics(topics).allTopicNames().get(60, TimeUnit.SECONDS);
            var resources = topics.stream()
                    .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t))
                    .toList();
            var configs = admin.describeConfigs(resources).all().get(60, TimeUnit.SECONDS);
            Map<String, String> layouts = new LinkedHashMap<>();
            for (String t : topics) {
                int replicas = described.get(t).partitions().stream()
                        .mapToInt(p -> p.replicas().size())
                        .min()
                        .orElse(0);
                String minInSync = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, t))
                        .get("min.insync.replicas")
                        .value();
                layouts.put(t, replicas + "/" + minInSync);
            }
            return layouts;
        } catch (Exception e) {
            throw new AssertionError("cannot describe the topics " + topics + ": " + e, e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
