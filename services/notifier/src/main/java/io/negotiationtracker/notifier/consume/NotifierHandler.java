package io.negotiationtracker.notifier.consume;

import io.negotiationtracker.domain.Deadline;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.AgreementReached;
import io.negotiationtracker.events.ConcessionMade;
import io.negotiationtracker.events.Correction;
import io.negotiationtracker.events.DeadlineChangeSignaled;
import io.negotiationtracker.events.DeadlineChanged;
import io.negotiationtracker.events.DeadlineSet;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.IssueClosed;
import io.negotiationtracker.events.IssueMarkedBlocking;
import io.negotiationtracker.events.IssueOpened;
import io.negotiationtracker.events.NegotiationOpened;
import io.negotiationtracker.events.PositionStated;
import io.negotiationtracker.events.ProposalAnswered;
import io.negotiationtracker.events.ProposalMade;
import io.negotiationtracker.events.RoundCancelled;
import io.negotiationtracker.events.RoundHeld;
import io.negotiationtracker.events.StatementMade;
import io.negotiationtracker.events.TargetSettled;
import io.negotiationtracker.events.TariffAnnounced;
import io.negotiationtracker.events.TariffChanged;
import io.negotiationtracker.events.TariffImposed;
import io.negotiationtracker.events.TariffLifted;
import io.negotiationtracker.events.TariffSuspended;
import io.negotiationtracker.events.TariffThreatened;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.notifier.alerts.AlertSignal;
import io.negotiationtracker.notifier.alerts.AlertStore;
import io.negotiationtracker.notifier.alerts.DeadlinePolicy;
import io.negotiationtracker.notifier.alerts.DeadlineStore;
import io.negotiationtracker.notifier.alerts.NewAlert;
import io.negotiationtracker.notifier.history.EventLog;
import io.negotiationtracker.notifier.history.FoldedNegotiations;
import io.negotiationtracker.platform.kafka.EventLocation;
import io.negotiationtracker.platform.kafka.RecordHandler;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Keeps every event in the event log, and turns deadline events into tracked deadlines and alerts, in each
 * negotiation's stream order. The alert an event raises is decided by the domain's alert rules on the negotiation
 * folded up to that event; every event type is named below, so a new type does not compile until it is decided here.
 */
public class NotifierHandler implements RecordHandler {
    private final DeadlineStore deadlines;
    private final AlertStore alerts;
    private final EventCodec codec;
    private final AlertSignal signal;
    private final EventLog log;
    private final FoldedNegotiations folded;

    public NotifierHandler(
            DeadlineStore deadlines,
            AlertStore alerts,
            EventCodec codec,
            AlertSignal signal,
            EventLog log,
            FoldedNegotiations folded) {
        this.deadlines = deadlines;
        this.alerts = alerts;
        this.codec = codec;
        this.signal = signal;
        this.log = log;
        this.folded = folded;
    }

    @Override
    public Optional<EventLocation> locate(ConsumerRecord<String, String> record) {
        return EventLocation.read(record.value());
    }

    @Override
    public void apply(Connection c, ConsumerRecord<String, String> record) throws SQLException {
        EventEnvelope e = codec.readEnvelope(record.value());
        log.keep(c, e, record.value());
        if (!deadlines.firstTimeApplied(c, e.negotiationId(), e.version())) return;
        switch (e.data()) {
            case DeadlineSet d -> {
                if (deadlines.lock(c, e.negotiationId(), d.deadlineId()).isPresent()) return;
                deadlineChanged(c, e, d.deadlineId());
            }
            case DeadlineChanged d -> {
                if (deadlines.lock(c, e.negotiationId(), d.deadlineId()).isEmpty())
                    throw new IllegalStateException("DeadlineChanged for unknown deadline " + d.deadlineId());
                deadlineChanged(c, e, d.deadlineId());
            }
            case DeadlineChangeSignaled s -> {
                if (deadlines.lock(c, e.negotiationId(), s.deadlineId()).isPresent())
                    deadlineChanged(c, e, s.deadlineId());
            }
            case TargetSettled t -> {
                if (deadlines.lock(c, e.negotiationId(), t.deadlineId()).isPresent())
                    deadlineChanged(c, e, t.deadlineId());
            }
            case AgreementReached a -> {
                deadlines.saveAgreement(c, e.negotiationId(), a.agreementId(), e.occurredOn());
                folded.with(c, e);
            }
            case NegotiationOpened o -> folded.with(c, e);
            case RoundHeld r -> folded.with(c, e);
            case RoundCancelled r -> folded.with(c, e);
            case IssueOpened i -> folded.with(c, e);
            case IssueClosed i -> folded.with(c, e);
            case IssueMarkedBlocking i -> folded.with(c, e);
            case TariffImposed t -> folded.with(c, e);
            case TariffThreatened t -> folded.with(c, e);
            case TariffChanged t -> folded.with(c, e);
            case TariffAnnounced t -> folded.with(c, e);
            case TariffSuspended t -> folded.with(c, e);
            case TariffLifted t -> folded.with(c, e);
            case StatementMade s -> folded.with(c, e);
            case PositionStated p -> folded.with(c, e);
            case ProposalMade p -> folded.with(c, e);
            case ProposalAnswered p -> folded.with(c, e);
            case ConcessionMade m -> folded.with(c, e);
            case Correction x -> corrected(c, e);
        }
    }

    /** Saves the deadline's new current version and records the alert the event raised, both from the folded negotiation. */
    private void deadlineChanged(Connection c, EventEnvelope e, String deadlineId) throws SQLException {
        NegotiationState s = folded.with(c, e);
        var d = s.deadlines().get(deadlineId);
        if (d == null) return;
        deadlines.save(c, DeadlinePolicy.tracked(e.negotiationId(), d));
        var alert = DeadlinePolicy.changedBy(s, deadlineId, e.eventId());
        if (alert.isPresent()) alerts.record(c, alert.get());
    }

    /**
     * A correction may change any deadline of its negotiation, so each is saved as it now stands (one whose setting was
     * retracted as withdrawn); its alerts are the change each deadline went through, from the domain's rules.
     */
    private void corrected(Connection c, EventEnvelope e) throws SQLException {
        FoldedNegotiations.Applied applied = folded.applied(c, e);
        Set<String> ids = new LinkedHashSet<>(applied.before().deadlines().keySet());
        ids.addAll(applied.after().deadlines().keySet());
        for (String id : ids) {
            Deadline now = applied.after().deadlines().get(id);
            boolean tracked = deadlines.lock(c, e.negotiationId(), id).isPresent();
            if (now != null) deadlines.save(c, DeadlinePolicy.tracked(e.negotiationId(), now));
            else if (tracked)
                deadlines.save(
                        c,
                        DeadlinePolicy.withdrawn(
                                e.negotiationId(), applied.before().deadlines().get(id)));
        }
        for (NewAlert alert : DeadlinePolicy.raised(applied.before(), applied.after(), e)) alerts.record(c, alert);
    }

    @Override
    public void afterCommit() {
        signal.changed();
    }
}
