package io.negotiationtracker.notifier.consume;

import io.negotiationtracker.events.AgreementReached;
import io.negotiationtracker.events.DeadlineChangeSignaled;
import io.negotiationtracker.events.DeadlineChanged;
import io.negotiationtracker.events.DeadlineSet;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.notifier.alerts.AlertSignal;
import io.negotiationtracker.notifier.alerts.AlertStore;
import io.negotiationtracker.notifier.alerts.DeadlinePolicy;
import io.negotiationtracker.notifier.alerts.DeadlineStore;
import io.negotiationtracker.platform.kafka.EventLocation;
import io.negotiationtracker.platform.kafka.RecordHandler;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Turns deadline events into tracked deadlines and alerts, in each negotiation's stream order. */
public class NotifierHandler implements RecordHandler {
    private final DeadlineStore deadlines;
    private final AlertStore alerts;
    private final EventCodec codec;
    private final AlertSignal signal;

    public NotifierHandler(DeadlineStore deadlines, AlertStore alerts, EventCodec codec, AlertSignal signal) {
        this.deadlines = deadlines;
        this.alerts = alerts;
        this.codec = codec;
        this.signal = signal;
    }

    @Override
    public Optional<EventLocation> locate(ConsumerRecord<String, String> record) {
        EventEnvelope e = codec.readEnvelope(record.value());
        return Optional.of(new EventLocation(e.negotiationId(), e.version(), e.position()));
    }

    @Override
    public void apply(Connection c, ConsumerRecord<String, String> record) throws SQLException {
        EventEnvelope e = codec.readEnvelope(record.value());
        if (!deadlines.firstTimeApplied(c, e.negotiationId(), e.version())) return;
        switch (e.data()) {
            case DeadlineSet d -> {
                if (deadlines.lock(c, e.negotiationId(), d.deadlineId()).isPresent()) return;
                apply(c, DeadlinePolicy.set(e, d));
            }
            case DeadlineChanged d -> {
                var before = deadlines.lock(c, e.negotiationId(), d.deadlineId())
                        .orElseThrow(() -> new IllegalStateException("DeadlineChanged for unknown deadline " + d.deadlineId()));
                apply(c, DeadlinePolicy.changed(e, before, d));
            }
            case DeadlineChangeSignaled s -> {
                var d = deadlines.lock(c, e.negotiationId(), s.deadlineId());
                if (d.isPresent()) alerts.record(c, DeadlinePolicy.signalled(e, d.get(), s));
            }
            case AgreementReached a -> deadlines.saveAgreement(c, e.negotiationId(), a.agreementId(), e.occurredOn());
            default -> { }
        }
    }

    private void apply(Connection c, DeadlinePolicy.Change change) throws SQLException {
        deadlines.save(c, change.after());
        alerts.record(c, change.alert());
    }

    @Override
    public void afterCommit() {
        signal.changed();
    }
}
