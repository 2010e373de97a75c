package io.negotiationtracker.ingest;

import static io.negotiationtracker.ingest.Events.batch;
import static io.negotiationtracker.ingest.Events.opened;
import static io.negotiationtracker.ingest.Events.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.negotiationtracker.ingest.relay.KafkaRelay;
import io.negotiationtracker.ingest.test.IngestFixture;
import io.negotiationtracker.testsupport.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a subscriber of negotiation.events.v1 sees: every stored event once, keyed by negotiation, in order, with CloudEvents headers. */
class RelayTest {
    @Test
    void storedEventsReachTheTopicOnceInOrderWithCloudEventsHeaders() throws Exception {
        try (IngestFixture ingest = IngestFixture.fresh("relay").start()) {
            Api api = new Api(ingest.url());
            for (String id : List.of("relay-a", "relay-b", "relay-c")) {
                assertThat(api.append(id, opened(UUID.randomUUID())).status()).isEqualTo(201);
                for (int i = 0; i < 10; i++)
                    assertThat(api.append(id, batch(statement(null, id + " " + i), statement(null, id + " bis " + i)))
                                    .status())
                            .isEqualTo(201);
            }
            KafkaRelay relay = ingest.bean(KafkaRelay.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.lag() == 0);

            var records = TopicReader.readAll(
                    TestInfrastructure.kafkaBootstrapServers(), ingest.topic(), 63, Duration.ofSeconds(30));
            assertThat(records).hasSize(63);
            Map<String, List<Long>> versionsByKey = records.stream()
                    .collect(Collectors.groupingBy(
                            r -> r.key(),
                            Collectors.mapping(
                                    r -> Long.parseLong(header(r, "ce_streamversion")), Collectors.toList())));
            versionsByKey
                    .values()
                    .forEach(v -> assertThat(v).isSorted().hasSize(21).doesNotHaveDuplicates());
            var first = records.get(0);
            assertThat(header(first, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(first, "ce_type")).startsWith("io.negotiationtracker.v1.");
            assertThat(header(first, "ce_source")).isEqualTo("/negotiations/" + first.key());
            assertThat(header(first, "content-type")).isEqualTo("application/json");
            assertThat(first.value()).contains("\"eventId\":\"" + header(first, "ce_id") + "\"");
            assertThat(records.stream().map(r -> header(r, "ce_id")).distinct()).hasSize(63);
            // The headers are those the AsyncAPI document (shared/events, served at /contracts/asyncapi.yml) lists.
            var asyncApi = io.negotiationtracker.testsupport.contracts.OpenApiLint.read(
                    RelayTest.class.getClassLoader().getResourceAsStream("contracts/asyncapi.yml"));
            var documented = new java.util.TreeSet<String>();
            asyncApi.at("/components/schemas/EventHeaders/required").forEach(h -> documented.add(h.asText()));
            var sent = new java.util.TreeSet<String>();
            first.headers().forEach(h -> sent.add(h.key()));
            assertThat(sent).isEqualTo(documented);
            var metric = new Api(ingest.url()).get("/prometheus");
            assertThat(metric.raw().body()).contains("ingest_relay_lag");
            assertThat(topicConfig(ingest.topic(), "max.message.bytes"))
                    .as("set explicitly when the topic is created")
                    .isEqualTo(new org.apache.kafka.clients.admin.ConfigEntry("max.message.bytes", "1048588").value());
        }
    }

    /** A topic config the relay set on the topic itself (null if the topic only inherits the broker's default). */
    static String topicConfig(String topic, String name) throws Exception {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(
                Map.<String, Object>of("bootstrap.servers", TestInfrastructure.kafkaBootstrapServers()))) {
            var resource = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, topic);
            var entry = admin.describeConfigs(List.of(resource))
                    .all()
                    .get()
                    .get(resource)
                    .get(name);
            return entry.source() == org.apache.kafka.clients.admin.ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG
                    ? entry.value()
                    : null;
        }
    }

    static String header(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> r, String key) {
        var h = r.headers().lastHeader(key);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
