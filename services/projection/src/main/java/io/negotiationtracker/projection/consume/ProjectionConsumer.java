package io.negotiationtracker.projection.consume;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.platform.kafka.DeadLetters;
import io.negotiationtracker.platform.kafka.KafkaSettings;
import io.negotiationtracker.platform.kafka.TransactionalConsumer;
import io.negotiationtracker.projection.store.ViewStore;
import jakarta.annotation.PreDestroy;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Runs the projection's consumer of negotiation.events.v1 for the life of the service. */
@Context
public class ProjectionConsumer {
    private final KafkaProducer<String, String> deadLetterProducer;
    private final TransactionalConsumer consumer;

    public ProjectionConsumer(DataSource dataSource, ViewStore views, EventCodec codec, AppliedPositions applied, ViewChanges changes, KafkaSettings kafka,
                              MeterRegistry meters, @Value("${tracker.topic}") String topic,
                              @Value("${tracker.consumer-group}") String group, @Value("${tracker.dead-letter-topic}") String dlq) {
        this.deadLetterProducer = new KafkaProducer<>(kafka.producerConfig(), new StringSerializer(), new StringSerializer());
        this.consumer = new TransactionalConsumer(group, topic, kafka.clientConfig(), dataSource, "projection",
                new DeadLetters(deadLetterProducer, dlq, "projection"), new ProjectionHandler(views, codec, applied, changes)).start();
        Gauge.builder("projection.consumer.lag", consumer, TransactionalConsumer::lag).register(meters);
        Gauge.builder("projection.consumer.applied", consumer, TransactionalConsumer::applied).register(meters);
    }

    public TransactionalConsumer consumer() {
        return consumer;
    }

    @PreDestroy
    void stop() {
        consumer.close();
        deadLetterProducer.close();
    }
}
