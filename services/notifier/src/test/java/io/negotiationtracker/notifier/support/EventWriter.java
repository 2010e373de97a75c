package io.negotiationtracker.notifier.support;

import io.negotiationtracker.events.AgreementReached;
import io.negotiationtracker.events.AgreementScope;
import io.negotiationtracker.events.Confidence;
import io.negotiationtracker.events.DeadlineChangeSignaled;
import io.negotiationtracker.events.DeadlineChanged;
import io.negotiationtracker.events.DeadlineKind;
import io.negotiationtracker.events.DeadlineSet;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.EventTypes;
import io.negotiationtracker.events.NegotiationEvent;
import io.negotiationtracker.events.SignalDirection;
import io.negotiationtracker.events.Source;
import io.negotiationtracker.events.WorldDate;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.testsupport.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plays ingest's part: writes envelopes (versions per negotiation, global positions) to the events topic with EventCodec. */
public final class EventWriter implements AutoCloseable {
    private final String topic;
    private final EventCodec codec = new EventCodec();
    private final KafkaProducer<String, String> producer;
    private final Map<String, Long> versions = new HashMap<>();
    private long position;
    private long sent;
    private Map<String, String> headers = Map.of();

    public EventWriter(String topic) {
        this.topic = topic;
        this.producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", TestInfrastructure.kafkaBootstrapServers(), "acks", "all"),
                new StringSerializer(),
                new StringSerializer());
    }

    public EventEnvelope write(String negotiationId, String occurredOn, NegotiationEvent data) {
        long version = versions.merge(negotiationId, 1L, Long::sum);
        EventEnvelope e = new EventEnvelope(
                UUID.randomUUID(),
                negotiationId,
                EventTypes.nameOf(data),
                version,
                ++position,
                WorldDate.parse(occurredOn),
                Instant.now(),
                new Source(null, "Test Wire", "notifier test", null),
                Confidence.CONFIRMED,
                data);
        resend(e);
        return e;
    }

    /** Headers for the records sent from now on (e.g. a traceparent, as the ingest relay writes it). */
    public EventWriter withHeaders(Map<String, String> headers) {
        this.headers = Map.copyOf(headers);
        return this;
    }

    /** How many records this writer sent, resends included. */
    public long written() {
        return sent;
    }

    /** Publishes an envelope again, as a relay retry or a topic replay would. */
    public void resend(EventEnvelope e) {
        try {
            var record = new ProducerRecord<>(topic, e.negotiationId(), codec.write(e));
            headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get(10, TimeUnit.SECONDS);
            sent++;
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    public EventEnvelope set(String negotiationId, String deadlineId, String dueOn) {
        return write(
                negotiationId,
                "2025-04-09",
                new DeadlineSet(deadlineId, "Deadline " + deadlineId, WorldDate.parse(dueOn), DeadlineKind.HARD, null));
    }

    public EventEnvelope move(String negotiationId, String deadlineId, String from, String to) {
        return write(
                negotiationId,
                "2025-06-01",
                new DeadlineChanged(deadlineId, WorldDate.parse(from), WorldDate.parse(to), false, "moved"));
    }

    public EventEnvelope cancel(String negotiationId, String deadlineId, String from) {
        return write(
                negotiationId,
                "2025-06-01",
                new DeadlineChanged(deadlineId, WorldDate.parse(from), null, true, "called off"));
    }

    public EventEnvelope signal(String negotiationId, String deadlineId) {
        return write(
                negotiationId,
                "2025-06-11",
                new DeadlineChangeSignaled(
                        deadlineId, SignalDirection.EXTEND, null, "may be suspended beyond the date"));
    }

    public EventEnvelope agreement(String negotiationId, String on) {
        return write(
                negotiationId,
                on,
                new AgreementReached("deal-" + on, AgreementScope.FRAMEWORK, "a framework deal", List.of()));
    }

    @Override
    public void close() {
        producer.close();
    }
}
