package io.negotiationtracker.notifier.alerts;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
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
 * Time passing is an input: on every tick each deadline's current version is checked against the configured clock.
 * Each check locks the deadline row, so an event moving the deadline and the scan never interleave, and the alert's
 * unique key makes a second instance (or a second tick) record nothing.
 */
@Singleton
public class TimeScanner {
    private static final Logger LOG = LoggerFactory.getLogger(TimeScanner.class);

    private final DeadlineStore deadlines;
    private final AlertStore alerts;
    private final DataSource dataSource;
    private final Clock clock;
    private final AlertSignal signal;
    private final EventsCaughtUp events;
    private final List<Integer> horizons;

    public TimeScanner(DeadlineStore deadlines, AlertStore alerts, DataSource dataSource, Clock clock, AlertSignal signal, EventsCaughtUp events,
                       @Value("${tracker.alerts.horizons-days:7,1}") String horizons) {
        this.deadlines = deadlines;
        this.alerts = alerts;
        this.dataSource = dataSource;
        this.clock = clock;
        this.signal = signal;
        this.events = events;
        this.horizons = Horizons.parse(horizons);
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
        for (TrackedDeadline d : deadlines.active()) {
            recorded += Transactions.inTransaction(dataSource, c -> {
                var current = deadlines.lock(c, d.negotiationId(), d.deadlineId());
                if (current.isEmpty() || current.get().dueOn() == null) return 0;
                TrackedDeadline t = current.get();
                boolean agreement = deadlines.agreementOnOrBefore(c, t.negotiationId(), t.dueOn().latest());
                var alert = DeadlinePolicy.onDay(t, today, horizons, agreement);
                return alert.isPresent() && alerts.record(c, alert.get()).isPresent() ? 1 : 0;
            });
        }
        if (recorded > 0) signal.changed();
        return recorded;
    }
}
