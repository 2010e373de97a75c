package io.negotiationtracker.bench.baseline;

import io.negotiationtracker.bench.events.Payloads;
import io.negotiationtracker.bench.harness.BenchContext;
import io.negotiationtracker.bench.harness.Scenario;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * baseline.kafka_produce_per_s: a plain KafkaProducer (acks=all, idempotent, 5 ms linger, 256 KB batches, no
 * compression) sending as many records as the ingest scenario appends, each the size of a stored event envelope and
 * keyed by one of 50 negotiations, to a topic with the event topic's 6 partitions on the same broker; timed to the
 * last acknowledgement. The ceiling for anything that puts events on the topic.
 */
public final class KafkaProduceBaseline implements Scenario {
    private static final String TOPIC = "bench.raw-produce";

    @Override
    public String name() {
        return "baseline-kafka";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        String bootstrap = context.stack().kafkaBootstrap();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 6, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        String[] values = new String[1000];
        for (int i = 0; i < values.length; i++) values[i] = Payloads.statement(UUID.randomUUID(), i) + " ".repeat(160);
        Map<String, Object> config = Map.of(
                "bootstrap.servers",
                bootstrap,
                "acks",
                "all",
                "enable.idempotence",
                true,
                "linger.ms",
                5,
                "batch.size",
                262_144,
                "compression.type",
                "none");
        long records = context.scale().events();
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 10_000; i++)
                producer.send(new ProducerRecord<>(TOPIC, "warm-up", values[i % values.length]));
            producer.flush();
            long start = System.nanoTime();
            for (long i = 0; i < records; i++)
                producer.send(new ProducerRecord<>(TOPIC, "bench-" + i % 50, values[(int) (i % values.length)]));
            producer.flush();
            double rate = records / ((System.nanoTime() - start) / 1e9);
            context.results().put("baseline.kafka_produce_per_s", rate);
            context.say(
                    "raw KafkaProducer, acks=all, idempotent: %,.0f records/s (%,d records of %d bytes)",
                    rate, records, values[0].length());
        }
    }
}
