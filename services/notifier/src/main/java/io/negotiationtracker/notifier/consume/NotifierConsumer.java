package io.negotiationtracker.notifier.consume;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.notifier.NotifierTopics;
import io.negotiationtracker.notifier.alerts.AlertSignal;
import io.negotiationtracker.notifier.alerts.AlertStore;
import io.negotiationtracker.notifier.alerts.DeadlineStore;
import io.negotiationtracker.notifier.alerts.EventsCaughtUp;
import io.negotiationtracker.notifier.history.EventLog;
import io.negotiationtracker.notifier.history.FoldedNegotiations;
import io.negotiationtracker.platform.kafka.DeadLetters;
import io.negotiationtracker.platform.kafka.KafkaSettings;
import io.negotiationtracker.platform.kafka.TransactionalConsumer;
import io.negotiationtracker.platform.tracing.TracedRecordHandler;
import io.negotiationtracker.platform.tracing.Tracing;
import jakarta.annotation.PreDestroy;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Runs the notifier's consumer of negotiation.events.v1 for the life of the service. */
@Context
public class NotifierConsumer implements EventsCaughtUp {
    private final KafkaProducer<String, String> deadLetterProducer;
    private final TransactionalConsumer consumer;

    public NotifierConsumer(
            DataSource dataSource,
            DeadlineStore deadlines,
            AlertStore alerts,
            EventCodec codec,
            AlertSignal signal,
            KafkaSettings kafka,
            MeterRegistry meters,
            EventLog log,
            FoldedNegotiations folded,
            NotifierTopics topics,
            Tracing tracing) {
        this.deadLetterProducer =
                new KafkaProducer<>(kafka.producerConfig(), new StringSerializer(), new StringSerializer());
        this.consumer = new TransactionalConsumer(
                        topics.consumerGroup(),
                        topics.topic(),
                        kafka.clientConfig(),
                        dataSource,
                        "notifier",
                        new DeadLetters(deadLetterProducer, topics.deadLetterTopic(), "notifier", kafka),
                        TracedRecordHandler.wrap(
                                new NotifierHandler(deadlines, alerts, codec, signal, log, folded), tracing))
                .meters(meters)
                .start();
        Gauge.builder("notifier.consumer.lag", consumer, TransactionalConsumer::lag)
                .description("events on the assigned partitions not yet applied (-1 before the first poll)")
                .register(meters);
        FunctionCounter.builder("notifier.dead_letters", consumer, TransactionalConsumer::deadLettered)
                .description("events dead-lettered (unreadable, or isolated after failing to apply)")
                .register(meters);
    }

    @Override
    public boolean caughtUp() {
        return consumer.lag() == 0;
    }

    public boolean running() {
        return consumer.isRunning();
    }

    public long lag() {
        return consumer.lag();
    }

    @PreDestroy
    void stop() {
        consumer.close();
        deadLetterProducer.close();
    }
}
