package io.negotiationtracker.notifier.alerts;

import io.micronaut.scheduling.annotation.Scheduled;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.notifier.history.EventLog;
import io.negotiationtracker.notifier.history.FoldedNegotiations;
import io.negotiationtracker.platform.jdbc.Transactions;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Time passing is an input: on every tick each negotiation with a current deadline is folded from the event log and the
 * domain's alert rules say what the configured clock's day raises for each deadline's current version. Each check locks
 * the negotiation's applied-version row (the consumer holds it while it applies an event), so an event moving a
 * deadline and the scan never interleave, and the alert's unique key makes a second instance (or tick) record nothing.
 */
@Singleton
public class TimeScanner {
    private static final Logger LOG = LoggerFactory.getLogger(TimeScanner.class);

    private final DeadlineStore deadlines;
    private final EventLog log;
    private final FoldedNegotiations folded;
    private final AlertStore alerts;
    private final DataSource dataSource;
    private final Clock clock;
    private final AlertSignal signal;
    private final EventsCaughtUp events;
    private final List<Integer> horizons;

    public TimeScanner(
            DeadlineStore deadlines,
            EventLog log,
            FoldedNegotiations folded,
            AlertStore alerts,
            DataSource dataSource,
            Clock clock,
            AlertSignal signal,
            EventsCaughtUp events,
            AlertSettings settings) {
        this.deadlines = deadlines;
        this.log = log;
        this.folded = folded;
        this.alerts = alerts;
        this.dataSource = dataSource;
        this.clock = clock;
        this.signal = signal;
        this.events = events;
        this.horizons = Horizons.parse(settings.horizonsDays());
    }

    @Scheduled(fixedDelay = "${tracker.alerts.scan-interval:1s}", initialDelay = "1s")
    void tick() {
        if (!events.caughtUp()) return;
        try {
            scan(today());
        } catch (RuntimeException e) {
            LOG.warn("deadline scan failed: {}", e.getMessage());
        }
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    public List<Integer> horizons() {
        return horizons;
    }

    /** Records the alerts due on {@code today}; returns how many were new. */
    public int scan(LocalDate today) {
        int recorded = 0;
        for (String negotiationId : deadlines.negotiationsWithCurrentDeadlines()) {
            recorded += Transactions.inTransaction(dataSource, c -> {
                var version = log.lockNegotiation(c, negotiationId);
                if (version.isEmpty()) return 0;
                NegotiationState s = folded.at(c, negotiationId, version.getAsLong());
                int n = 0;
                for (NewAlert alert : DeadlinePolicy.onDay(s, today, horizons))
                    if (alerts.record(c, alert).isPresent()) n++;
                return n;
            });
        }
        if (recorded > 0) signal.changed();
        return recorded;
    }
}
