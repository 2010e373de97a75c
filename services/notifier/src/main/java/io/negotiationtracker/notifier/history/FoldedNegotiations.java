package io.negotiationtracker.notifier.history;

import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.EventEnvelope;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each negotiation folded with the domain's {@link Evolve} from the event log, at a stream version. Events never change,
 * so the state at a version is always the same: the last ones are kept in memory and folded on by one event when the
 * next version arrives; another instance's newer version is folded afresh.
 */
@Singleton
public class FoldedNegotiations {
    private static final int KEPT = 1000;

    private final EventLog log;
    private final Map<String, NegotiationState> recent = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, NegotiationState> eldest) {
            return size() > KEPT;
        }
    };

    public FoldedNegotiations(EventLog log) {
        this.log = log;
    }

    /** The negotiation before and after one event: what the alert rules compare. */
    public record Applied(NegotiationState before, NegotiationState after) {}

    /** The state once {@code e} (already kept in the log) is applied. */
    public NegotiationState with(Connection c, EventEnvelope e) throws SQLException {
        NegotiationState before = cached(e.negotiationId(), e.version() - 1);
        return before != null && !Evolve.changesThePast(e)
                ? remember(Evolve.evolve(before, e))
                : applied(c, e).after();
    }

    /**
     * The state before {@code e} (already kept in the log) and once it is applied; a correction changes the past, so
     * the state after it is folded afresh from the log through its corrections, never by one event.
     */
    public Applied applied(Connection c, EventEnvelope e) throws SQLException {
        NegotiationState before = cached(e.negotiationId(), e.version() - 1);
        List<EventEnvelope> upTo = Evolve.changesThePast(e) || before == null
                ? log.of(c, e.negotiationId()).stream()
                        .filter(x -> x.version() <= e.version())
                        .toList()
                : List.of();
        if (before == null)
            before = Evolve.fold(
                    e.negotiationId(),
                    upTo.stream().filter(x -> x.version() < e.version()).toList());
        NegotiationState after =
                Evolve.changesThePast(e) ? Evolve.fold(e.negotiationId(), upTo) : Evolve.evolve(before, e);
        return new Applied(before, remember(after));
    }

    /** The state at {@code version} (the applied version, read under its lock). */
    public NegotiationState at(Connection c, String negotiationId, long version) throws SQLException {
        NegotiationState s = cached(negotiationId, version);
        if (s != null) return s;
        s = Evolve.fold(negotiationId, log.of(c, negotiationId));
        remember(s);
        return s;
    }

    /** The state with every event kept so far (in this transaction too): the one the consumer or scanner just folded, else folded afresh. */
    public NegotiationState latest(Connection c, String negotiationId) throws SQLException {
        NegotiationState s;
        synchronized (this) {
            s = recent.get(negotiationId);
        }
        if (s != null) return s;
        s = Evolve.fold(negotiationId, log.of(c, negotiationId));
        remember(s);
        return s;
    }

    private synchronized NegotiationState cached(String negotiationId, long version) {
        NegotiationState s = recent.get(negotiationId);
        return s != null && s.version() == version ? s : null;
    }

    private synchronized NegotiationState remember(NegotiationState s) {
        recent.put(s.negotiationId(), s);
        return s;
    }
}
