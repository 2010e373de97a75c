package io.negotiationtracker.projection.store;

import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.platform.jdbc.Transactions;
import io.negotiationtracker.projection.generation.Generation;
import io.negotiationtracker.projection.generation.Generations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** What the API reads, always from the generation the pointer names. */
@Singleton
public class ViewStore {
    private final DataSource dataSource;
    private final Generations generations;
    private final Clock clock;
    private final EventRows events;
    private final NegotiationRows negotiations = new NegotiationRows();
    private final StatusRenderer renderer;

    public ViewStore(DataSource dataSource, Generations generations, EventCodec codec, Clock clock) {
        this.dataSource = dataSource;
        this.generations = generations;
        this.clock = clock;
        this.events = new EventRows(codec);
        this.renderer = new StatusRenderer(codec);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The highest global position the serving views include. */
    public long appliedPosition() {
        return generations.appliedPosition(generations.serving());
    }

    /** The current status JSON: as stored when it is up to date for today, else folded afresh; empty for an unknown negotiation. */
    public Optional<String> currentStatus(String negotiationId) {
        return current(negotiationId).map(RenderedRow::status);
    }

    /** The list: one summary JSON per negotiation, as stored or re-rendered when it lags. */
    public List<String> summaries() {
        Generation g = generations.serving();
        LocalDate today = today();
        return Transactions.read(dataSource, c -> {
            List<String> out = new ArrayList<>();
            for (StatusRow row : negotiations.all(c, g)) {
                out.add(row.isCurrent(today) ? row.summary() : fresh(c, g, row.negotiationId(), today).summary());
            }
            return out;
        });
    }

    public List<String> negotiationIds() {
        Generation g = generations.serving();
        return Transactions.read(dataSource, c -> negotiations.ids(c, g));
    }

    public int servingGeneration() {
        return generations.serving().number();
    }

    public boolean exists(String negotiationId) {
        Generation g = generations.serving();
        return Transactions.read(dataSource, c -> negotiations.row(c, g, negotiationId).isPresent());
    }

    /** The negotiation's events in world order, cut at a world date and a recording time when given. */
    public List<EventEnvelope> events(String negotiationId, LocalDate asOf, Instant knownAt) {
        Generation g = generations.serving();
        return Transactions.read(dataSource, c -> events.read(c, g, negotiationId, asOf, knownAt));
    }

    public NegotiationState fold(String negotiationId, LocalDate asOf, Instant knownAt) {
        return Evolve.fold(negotiationId, events(negotiationId, asOf, knownAt));
    }

    /**
     * The negotiation's events cut on the publication axis: only what the world had learned by {@code knownBy} (the
     * earliest publication date among an event's sources, or the day it was recorded when none is given), whenever
     * it was recorded. So a history imported today still answers "what had been published by 7 July".
     */
    public List<EventEnvelope> eventsPublishedBy(String negotiationId, LocalDate asOf, LocalDate knownBy) {
        return events(negotiationId, asOf, null).stream().filter(e -> !e.knownOn().isAfter(knownBy)).toList();
    }

    public NegotiationState foldPublishedBy(String negotiationId, LocalDate asOf, LocalDate knownBy) {
        return Evolve.fold(negotiationId, eventsPublishedBy(negotiationId, asOf, knownBy));
    }

    private Optional<RenderedRow> current(String negotiationId) {
        Generation g = generations.serving();
        LocalDate today = today();
        return Transactions.read(dataSource, c -> {
            Optional<StatusRow> row = negotiations.row(c, g, negotiationId);
            if (row.isEmpty()) return Optional.empty();
            StatusRow r = row.get();
            if (r.isCurrent(today)) return Optional.of(new RenderedRow(negotiationId, null, 0, r.lastPosition(), today, r.status(), r.summary()));
            return Optional.of(fresh(c, g, negotiationId, today));
        });
    }

    private RenderedRow fresh(Connection c, Generation g, String negotiationId, LocalDate today) throws SQLException {
        List<EventEnvelope> all = events.read(c, g, negotiationId, null, null);
        long last = all.stream().mapToLong(EventEnvelope::position).max().orElse(0);
        return renderer.render(Evolve.fold(negotiationId, all), last, today);
    }
}
