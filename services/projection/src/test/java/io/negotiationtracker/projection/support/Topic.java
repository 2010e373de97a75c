package io.negotiationtracker.projection.support;

import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.testsupport.TestInfrastructure;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** A fresh topic on the test broker and a producer that writes envelopes to it as the relay does (keyed by negotiation). */
public final class Topic implements AutoCloseable {
    private final String name;
    private final EventCodec codec = new EventCodec();
    private final KafkaProducer<String, String> producer;

    public Topic(String prefix, int partitions) {
        this.name = TestInfrastructure.newTopicName(prefix);
        TestInfrastructure.createTopic(name, partitions);
        this.producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", TestInfrastructure.kafkaBootstrapServers(), "acks", "all", "linger.ms", 1),
                new StringSerializer(),
                new StringSerializer());
    }

    public String name() {
        return name;
    }

    public void send(EventEnvelope... events) {
        for (EventEnvelope e : events) raw(e.negotiationId(), codec.write(e));
        producer.flush();
    }

    public void raw(String key, String value) {
        try {
            producer.send(new ProducerRecord<>(name, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
