package io.negotiationtracker.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    @TempDir
    Path dir;

    @Test
    void producesAndConsumesARecord() {
        try (KafkaBroker broker = KafkaBroker.start(dir.resolve("kafka"))) {
            System.out.println("Kafka broker start-up: " + broker.startupTime().toMillis() + " ms");
            assertThat(broker.bootstrapServers()).startsWith("127.0.0.1:");

            broker.createTopic("greetings", 3);
            broker.createTopic("greetings", 3); // idempotent
            assertThatThrownBy(() -> broker.createTopic("greetings", 4))
                    .hasMessageContaining("greetings")
                    .hasMessageContaining("3 partitions");

            send(broker, "greetings", "k1", "hello");
            assertThat(readAll(broker, "greetings", 1))
                    .extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("k1", "hello"));
        }
    }

    @Test
    void restartsOnTheSameDataDirectoryAndKeepsRecords() throws Exception {
        Path data = dir.resolve("kafka");
        String clusterId;
        try (KafkaBroker first = KafkaBroker.start(data)) {
            first.createTopic("kept", 1);
            send(first, "kept", "a", "before restart");
            clusterId =
                    Files.readString(data.resolve(KafkaBroker.CLUSTER_ID_FILE)).trim();
        }
        try (KafkaBroker second = KafkaBroker.start(data)) {
            System.out.println("Kafka broker restart on an existing log: "
                    + second.startupTime().toMillis() + " ms");
            assertThat(Files.readString(data.resolve(KafkaBroker.CLUSTER_ID_FILE))
                            .trim())
                    .isEqualTo(clusterId);
            second.createTopic("kept", 1); // already there: no error
            send(second, "kept", "b", "after restart");
            assertThat(readAll(second, "kept", 2))
                    .extracting(ConsumerRecord::value)
                    .containsExactly("before restart", "after restart");
        }
    }

    @Test
    void refusesASecondBrokerOnTheSameDataDirectory() {
        Path data = dir.resolve("kafka");
        try (KafkaBroker first = KafkaBroker.start(data)) {
            assertThatThrownBy(() -> KafkaBroker.start(data))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(data.toAbsolutePath().toString())
                    .hasMessageContaining("in use");
            first.createTopic("still-works", 1); // the refused start did not disturb the running broker
            send(first, "still-works", "k", "v");
        }
    }

    static void send(KafkaBroker broker, String topic, String key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new AssertionError("Could not send to " + topic, e);
        }
    }

    static List<ConsumerRecord<String, String>> readAll(KafkaBroker broker, String topic, int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "test-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
