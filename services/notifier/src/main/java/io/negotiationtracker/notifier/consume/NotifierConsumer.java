package io.negotiationtracker.notifier.consume;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.notifier.alerts.AlertSignal;
import io.negotiationtracker.notifier.alerts.AlertStore;
import io.negotiationtracker.platform.kafka.DeadLetters;
import io.negotiationtracker.platform.kafka.KafkaSettings;
import io.negotiationtracker.platform.kafka.TransactionalConsumer;
import jakarta.annotation.PreDestroy;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Runs the notifier's consumer of negotiation.events.v1 for the life of the service. */
@Context
public class NotifierConsumer {
    private final KafkaProducer<String, String> deadLetterProducer;
    private final TransactionalConsumer consumer;

    public NotifierConsumer(DataSource dataSource, AlertStore store, EventCodec codec, AlertSignal signal, KafkaSettings kafka, MeterRegistry meters,
                            @Value("${tracker.topic}") String topic, @Value("${tracker.consumer-group}") String group,
                            @Value("${tracker.dead-letter-topic}") String dlq) {
        this.deadLetterProducer = new KafkaProducer<>(kafka.producerConfig(), new StringSerializer(), new StringSerializer());
        this.consumer = new TransactionalConsumer(group, topic, kafka.clientConfig(), dataSource, "notifier",
                new DeadLetters(deadLetterProducer, dlq, "notifier"), new NotifierHandler(store, codec, signal)).start();
        Gauge.builder("notifier.consumer.lag", consumer, TransactionalConsumer::lag).register(meters);
    }

    @PreDestroy
    void stop() {
        consumer.close();
        deadLetterProducer.close();
    }
}
