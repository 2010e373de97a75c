package io.negotiationtracker.ingest;

import static io.negotiationtracker.ingest.Events.batch;
import static io.negotiationtracker.ingest.Events.opened;
import static io.negotiationtracker.ingest.Events.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.negotiationtracker.ingest.relay.KafkaRelay;
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
    void storedEventsReachTheTopicOnceInOrderWithCloudEventsHeaders() {
        try (RunningIngest ingest = RunningIngest.start(RunningIngest.freshProperties("relay"))) {
            Api api = new Api(ingest.url());
            for (String id : List.of("relay-a", "relay-b", "relay-c")) {
                assertThat(api.append(id, opened(UUID.randomUUID())).status()).isEqualTo(201);
                for (int i = 0; i < 10; i++) assertThat(api.append(id, batch(statement(null, id + " " + i), statement(null, id + " bis " + i))).status()).isEqualTo(201);
            }
            KafkaRelay relay = ingest.bean(KafkaRelay.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.lag() == 0);

            var records = TopicReader.readAll(TestInfrastructure.kafkaBootstrapServers(), ingest.topic(), 63, Duration.ofSeconds(30));
            assertThat(records).hasSize(63);
            Map<String, List<Long>> versionsByKey = records.stream().collect(Collectors.groupingBy(r -> r.key(),
                    Collectors.mapping(r -> Long.parseLong(header(r, "ce_streamversion")), Collectors.toList())));
            versionsByKey.values().forEach(v -> assertThat(v).isSorted().hasSize(21).doesNotHaveDuplicates());
            var first = records.get(0);
            assertThat(header(first, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(first, "ce_type")).startsWith("io.negotiationtracker.v1.");
            assertThat(header(first, "ce_source")).isEqualTo("/negotiations/" + first.key());
            assertThat(header(first, "content-type")).isEqualTo("application/json");
            assertThat(first.value()).contains("\"eventId\":\"" + header(first, "ce_id") + "\"");
            assertThat(records.stream().map(r -> header(r, "ce_id")).distinct()).hasSize(63);
            var metric = new Api(ingest.url()).get("/prometheus");
            assertThat(metric.raw().body()).contains("ingest_relay_lag");
        }
    }

    static String header(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> r, String key) {
        var h = r.headers().lastHeader(key);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
