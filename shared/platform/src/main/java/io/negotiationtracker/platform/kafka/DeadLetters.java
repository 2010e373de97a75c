package io.negotiationtracker.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A record that cannot be read or applied: sent to the dead-letter topic with the reason in headers, and kept in
 * {@code <schema>.dead_letters} (in the consumer's transaction) so an endpoint can list it.
 */
public final class DeadLetters {
    private final Producer<String, String> producer;
    private final String topic;
    private final String table;

    public DeadLetters(Producer<String, String> producer, String topic, String schema) {
        this.producer = producer;
        this.topic = topic;
        this.table = schema + ".dead_letters";
    }

    public String topic() {
        return topic;
    }

    public void record(Connection c, String consumer, ConsumerRecord<String, String> record, Exception reason) throws SQLException {
        String why = reason.getClass().getSimpleName() + ": " + reason.getMessage();
        var out = new ProducerRecord<>(topic, record.key(), record.value());
        out.headers().add("dlq_reason", why.getBytes(StandardCharsets.UTF_8));
        out.headers().add("dlq_source", (record.topic() + "/" + record.partition() + "/" + record.offset()).getBytes(StandardCharsets.UTF_8));
        out.headers().add("dlq_consumer", consumer.getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(out).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send a dead letter to " + topic, e);
        }
        try (PreparedStatement ps = c.prepareStatement("insert into " + table
                + " (consumer, topic, partition, record_offset, record_key, payload, reason) values (?,?,?,?,?,?,?) "
                + "on conflict (consumer, topic, partition, record_offset) do nothing")) {
            ps.setString(1, consumer);
            ps.setString(2, record.topic());
            ps.setInt(3, record.partition());
            ps.setLong(4, record.offset());
            ps.setString(5, record.key());
            ps.setString(6, record.value());
            ps.setString(7, why);
            ps.executeUpdate();
        }
    }
}
