package io.negotiationtracker.ingest.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.ingest.test.IngestFixture;
import io.negotiationtracker.testsupport.TestInfrastructure;
import io.negotiationtracker.testsupport.http.Http;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * A write's trace goes from the caller's traceparent through ingest's SERVER span to the relay's PRODUCER span, whose
 * context the Kafka record carries in its headers (what the projection and the notifier continue). Real Kafka and
 * PostgreSQL; spans read from an in-memory exporter.
 */
class TraceThroughRelayTest {
    static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    static final String CALLER_SPAN = "b7ad6b7169203331";

    @Test
    void theRecordOfAnAppendCarriesTheAppendsTrace() {
        try (IngestFixture ingest = IngestFixture.fresh("trace")
                .with("test.tracing.in-memory", "true")
                .start()) {
            var reply = Http.postAs(
                    IngestFixture.writerToken(),
                    ingest.url() + "/api/negotiations/traced/events",
                    "{\"type\":\"NegotiationOpened\",\"occurredOn\":\"2025-04\",\"source\":{\"publisher\":\"Test Wire\","
                            + "\"title\":\"t\"},\"confidence\":\"confirmed\",\"data\":{\"title\":\"Talks\",\"parties\":[{\"code\":\"US\",\"name\":"
                            + "\"United States\"},{\"code\":\"JP\",\"name\":\"Japan\"}]}}",
                    "traceparent",
                    "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01");
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);

            ConsumerRecord<String, String> record = firstRecord(ingest.topic());
            String carried =
                    new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
            assertThat(carried).startsWith("00-" + TRACE_ID + "-");

            List<SpanData> trace = TestSpans.EXPORTER.getFinishedSpanItems().stream()
                    .filter(s -> s.getTraceId().equals(TRACE_ID))
                    .toList();
            SpanData server = trace.stream()
                    .filter(s -> s.getKind() == SpanKind.SERVER)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no server span in " + trace));
            assertThat(server.getParentSpanId()).isEqualTo(CALLER_SPAN);
            SpanData publish = trace.stream()
                    .filter(s -> s.getKind() == SpanKind.PRODUCER)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no publish span in " + trace));
            assertThat(publish.getName()).isEqualTo(ingest.topic() + " publish");
            assertThat(publish.getParentSpanId()).isEqualTo(server.getSpanId());
            assertThat(carried).isEqualTo("00-" + TRACE_ID + "-" + publish.getSpanId() + "-01");

            // The relay's producer reports Kafka's own client metrics in the Prometheus output.
            String metrics = Http.get(ingest.url() + "/prometheus").body();
            assertThat(metrics).contains("kafka_producer_record_send_total").contains("ingest_relay_lag");
        }
    }

    private static ConsumerRecord<String, String> firstRecord(String topic) {
        Map<String, Object> config = Map.of(
                "bootstrap.servers",
                TestInfrastructure.kafkaBootstrapServers(),
                "group.id",
                "trace-reader-" + System.nanoTime(),
                "auto.offset.reset",
                "earliest",
                "isolation.level",
                "read_committed");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> got = new ArrayList<>();
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (got.isEmpty() && System.nanoTime() < until)
                consumer.poll(Duration.ofMillis(500)).forEach(got::add);
            if (got.isEmpty()) throw new AssertionError("no record on " + topic + " within 60 s");
            return got.get(0);
        }
    }
}
