package io.negotiationtracker.projection.read;

import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.platform.jdbc.Transactions;
import io.negotiationtracker.projection.generation.Generation;
import io.negotiationtracker.projection.generation.Generations;
import io.negotiationtracker.projection.render.Freshness;
import io.negotiationtracker.projection.render.QueryTime;
import io.negotiationtracker.projection.render.Recorded;
import io.negotiationtracker.projection.render.StoredRendering;
import io.negotiationtracker.projection.store.NegotiationRows;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What the API reads, always from the generation the pointer names and through the one read path. A rendering made
 * earlier (in memory or stored) is served while {@link Freshness} says it answers; otherwise the negotiation is folded
 * and rendered for the request, and nothing is written (the consumer and the stale renderer own the rows).
 */
@Singleton
public class ServingViews {
    /** A negotiation as a query time sees it: its events and their fold. */
    public record Seen(NegotiationState state, List<EventEnvelope> events) {}

    private final DataSource dataSource;
    private final Generations generations;
    private final Clock clock;
    private final NegotiationReader reader;
    private final StatusCache cache;
    private final NegotiationRows negotiations = new NegotiationRows();

    public ServingViews(
            DataSource dataSource, Generations generations, Clock clock, NegotiationReader reader, StatusCache cache) {
        this.dataSource = dataSource;
        this.generations = generations;
        this.clock = clock;
        this.reader = reader;
        this.cache = cache;
    }

    /** The present a request's answers are judged against (and its X-View-Generation): the serving generation and today. */
    public Freshness freshness() {
        return Freshness.of(generations.serving().number(), clock.instant());
    }

    /**
     * The status JSON, empty for an unknown negotiation: for the present from memory, the stored row or a fresh
     * rendering, whichever answers first; for an asOf/knownAt query folded from what it sees.
     */
    public Optional<String> status(Freshness now, String negotiationId, QueryTime time, boolean waitedForPosition) {
        if (!Freshness.renderingAnswers(time))
            return fold(now, negotiationId, time).map(s -> reader.rendering().status(s, time.day(now.today())));
        if (Freshness.copyMayAnswer(waitedForPosition)) {
            Optional<String> copy = cache.get(negotiationId, now);
            if (copy.isPresent()) return copy;
        }
        Optional<String> json =
                Transactions.read(dataSource, c -> storedStatus(c, generation(now), negotiationId, now));
        json.ifPresent(j -> cache.put(negotiationId, now, j));
        return json;
    }

    /** One summary JSON per negotiation: stored or re-rendered for the present (by id), else of each opened one as the query sees it. */
    public List<String> summaries(Freshness now, QueryTime time) {
        if (!Freshness.renderingAnswers(time))
            return seen(now, time).stream()
                    .map(s -> reader.rendering().summary(s.state(), time.day(now.today())))
                    .toList();
        return Transactions.read(dataSource, c -> {
            Generation g = generation(now);
            List<String> out = new ArrayList<>();
            for (StoredRendering row : negotiations.all(c, g))
                out.add(
                        now.isCurrent(row)
                                ? row.summary()
                                : reader.render(c, g, row.negotiationId(), now.today())
                                        .summary());
            return out;
        });
    }

    /** The negotiation's events a query time sees, in world order; empty for an unknown negotiation. */
    public Optional<List<EventEnvelope>> events(Freshness now, String negotiationId, QueryTime time) {
        return Transactions.read(dataSource, c -> {
            Generation g = generation(now);
            List<EventEnvelope> events = reader.events(c, g, negotiationId, time);
            return events.isEmpty() && negotiations.row(c, g, negotiationId).isEmpty()
                    ? Optional.empty()
                    : Optional.of(events);
        });
    }

    /** Every event a query time sees as recorded, with what corrections did to each; empty for an unknown negotiation. */
    public Optional<Recorded> recorded(Freshness now, String negotiationId, QueryTime time) {
        return Transactions.read(dataSource, c -> {
            Generation g = generation(now);
            Recorded recorded = reader.recorded(c, g, negotiationId, time);
            return recorded.events().isEmpty()
                            && negotiations.row(c, g, negotiationId).isEmpty()
                    ? Optional.empty()
                    : Optional.of(recorded);
        });
    }

    /** The negotiation's state as a query time sees it; empty for an unknown negotiation. */
    public Optional<NegotiationState> fold(Freshness now, String negotiationId, QueryTime time) {
        return events(now, negotiationId, time).map(events -> Evolve.fold(negotiationId, events));
    }

    /** Every negotiation a query time sees opened, in id order. */
    public List<Seen> seen(Freshness now, QueryTime time) {
        return Transactions.read(dataSource, c -> {
            Generation g = generation(now);
            List<Seen> out = new ArrayList<>();
            for (String id : negotiations.ids(c, g).stream().sorted().toList()) {
                List<EventEnvelope> events = reader.events(c, g, id, time);
                NegotiationState state = Evolve.fold(id, events);
                if (state.opened()) out.add(new Seen(state, events));
            }
            return out;
        });
    }

    /** The ids of the serving generation's negotiations (unordered). */
    public List<String> negotiationIds() {
        Generation g = generations.serving();
        return Transactions.read(dataSource, c -> negotiations.ids(c, g));
    }

    private Optional<String> storedStatus(Connection c, Generation g, String negotiationId, Freshness now)
            throws SQLException {
        Optional<StoredRendering> row = negotiations.row(c, g, negotiationId);
        if (row.isEmpty()) return Optional.empty();
        return Optional.of(
                now.isCurrent(row.get())
                        ? row.get().status()
                        : reader.render(c, g, negotiationId, now.today()).status());
    }

    private static Generation generation(Freshness now) {
        return new Generation(now.generation());
    }
}
