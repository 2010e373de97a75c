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
import io.negotiationtracker.notifier.alerts.TrackedDeadline;
import io.negotiationtracker.platform.kafka.RecordHandler;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Turns deadline events into tracked deadlines and alerts, in each negotiation's stream order. */
public class NotifierHandler implements RecordHandler {
    private final AlertStore store;
    private final EventCodec codec;
    private final AlertSignal signal;

    public NotifierHandler(AlertStore store, EventCodec codec, AlertSignal signal) {
        this.store = store;
        this.codec = codec;
        this.signal = signal;
    }

    @Override
    public void apply(Connection c, ConsumerRecord<String, String> record) throws SQLException {
        EventEnvelope e = codec.readEnvelope(record.value());
        if (!store.firstTimeApplied(c, e.negotiationId(), e.version())) return;
        switch (e.data()) {
            case DeadlineSet d -> {
                if (store.deadline(c, e.negotiationId(), d.deadlineId()).isPresent()) return;
                var change = DeadlinePolicy.set(e, d);
                store.save(c, change.after());
                store.record(c, change.alert());
            }
            case DeadlineChanged d -> {
                Optional<TrackedDeadline> before = store.deadline(c, e.negotiationId(), d.deadlineId());
                if (before.isEmpty()) throw new IllegalStateException("DeadlineChanged for unknown deadline " + d.deadlineId());
                var change = DeadlinePolicy.changed(e, before.get(), d);
                store.save(c, change.after());
                store.record(c, change.alert());
            }
            case DeadlineChangeSignaled s -> {
                var d = store.deadline(c, e.negotiationId(), s.deadlineId());
                if (d.isPresent()) store.record(c, DeadlinePolicy.signalled(e, d.get(), s));
            }
            case AgreementReached a -> store.saveAgreement(c, e.negotiationId(), a.agreementId(), e.occurredOn());
            default -> { }
        }
    }

    @Override
    public void afterCommit() {
        signal.changed();
    }
}
