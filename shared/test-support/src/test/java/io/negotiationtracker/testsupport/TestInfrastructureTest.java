package io.negotiationtracker.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
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

class TestInfrastructureTest {

    @Test
    void givesEachCallerItsOwnDatabaseOnOneServer() throws Exception {
        long begin = System.nanoTime();
        String first = TestInfrastructure.newDatabase("TestInfrastructureTest");
        System.out.println(
                "TestInfrastructure: first database after " + (System.nanoTime() - begin) / 1_000_000 + " ms");
        String second = TestInfrastructure.newDatabase("TestInfrastructureTest");

        assertThat(first).startsWith("jdbc:postgresql://").isNotEqualTo(second);
        assertThat(first.substring(0, first.lastIndexOf('/'))).isEqualTo(second.substring(0, second.lastIndexOf('/')));
        try (Connection a = DriverManager.getConnection(
                        first, TestInfrastructure.jdbcUser(), TestInfrastructure.jdbcPassword());
                Connection b = DriverManager.getConnection(
                        second, TestInfrastructure.jdbcUser(), TestInfrastructure.jdbcPassword());
                Statement sa = a.createStatement();
                Statement sb = b.createStatement()) {
            sa.execute("CREATE TABLE t (v int)");
            sa.execute("INSERT INTO t VALUES (42)");
            try (ResultSet rs = sa.executeQuery("SELECT v FROM t")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
            try (ResultSet rs = sb.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 't'")) {
                rs.next();
                assertThat(rs.getInt(1))
                        .as("the second database does not see the first one's table")
                        .isZero();
            }
        }
    }

    @Test
    void givesOneBrokerAndUniqueTopicNames() {
        long begin = System.nanoTime();
        String bootstrap = TestInfrastructure.kafkaBootstrapServers();
        System.out.println("TestInfrastructure: Kafka after " + (System.nanoTime() - begin) / 1_000_000 + " ms");
        assertThat(TestInfrastructure.kafkaBootstrapServers()).isEqualTo(bootstrap);

        String topic = TestInfrastructure.newTopicName("Offers made/v1");
        assertThat(topic)
                .matches("Offers-made-v1-\\d+-[a-z0-9]{6}")
                .isNotEqualTo(TestInfrastructure.newTopicName("Offers made/v1"));
        TestInfrastructure.createTopic(topic, 2);
        TestInfrastructure.createTopic(topic, 2);

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                        new StringSerializer(),
                        new StringSerializer());
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                        Map.of(
                                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                bootstrap,
                                ConsumerConfig.GROUP_ID_CONFIG,
                                "g-" + UUID.randomUUID(),
                                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                                "earliest"),
                        new StringDeserializer(),
                        new StringDeserializer())) {
            producer.send(new ProducerRecord<>(topic, "k", "v")).get();
            consumer.subscribe(List.of(topic));
            ConsumerRecord<String, String> received = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received == null && System.nanoTime() < deadline) {
                var records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    received = records.iterator().next();
                }
            }
            assertThat(received).isNotNull();
            assertThat(received.value()).isEqualTo("v");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
