package io.negotiationtracker.platform.kafka;

import io.negotiationtracker.platform.schema.PlatformTables;
import io.negotiationtracker.testsupport.TestInfrastructure;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real topic and a real database with the platform's tables a TransactionalConsumer needs (schema {@code consumed},
 * migrated as in a service) and an {@code effects} table where the test handlers write one row per applied record.
 */
final class ConsumerFixture implements AutoCloseable {
    final String topic;
    final PGSimpleDataSource dataSource = new PGSimpleDataSource();
    final KafkaProducer<String, String> producer;

    ConsumerFixture(String name, int partitions) throws SQLException {
        topic = TestInfrastructure.newTopicName(name);
        TestInfrastructure.createTopic(topic, partitions);
        dataSource.setUrl(TestInfrastructure.newDatabase(name));
        dataSource.setUser(TestInfrastructure.jdbcUser());
        dataSource.setPassword(TestInfrastructure.jdbcPassword());
        PlatformTables.migrate(dataSource, "consumed");
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(
                    "create table consumed.effects (partition int not null, record_offset bigint not null, value text not null, by_instance text not null)");
        }
        producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", TestInfrastructure.kafkaBootstrapServers(), "acks", "all"),
                new StringSerializer(),
                new StringSerializer());
    }

    void send(String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    DeadLetters deadLetters() {
        return new DeadLetters(producer, topic + ".dlq", "consumed");
    }

    Map<String, Object> kafkaConfig() {
        Map<String, Object> c = new HashMap<>();
        c.put("bootstrap.servers", TestInfrastructure.kafkaBootstrapServers());
        return c;
    }

    /** A handler that writes the record into {@code effects}, signed by {@code instance}. */
    static RecordHandler effects(String instance) {
        return (c, record) -> {
            try (var ps = c.prepareStatement(
                    "insert into consumed.effects (partition, record_offset, value, by_instance) values (?,?,?,?)")) {
                ps.setInt(1, record.partition());
                ps.setLong(2, record.offset());
                ps.setString(3, record.value());
                ps.setString(4, instance);
                ps.executeUpdate();
            }
        };
    }

    long query(String sql) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        producer.close();
    }
}
