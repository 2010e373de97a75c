package io.negotiationtracker.notifier.alerts;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.negotiationtracker.platform.jdbc.Transactions;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Time passing is an input: on every tick, each deadline's current version is checked against the (configurable) clock. */
@Singleton
public class TimeScanner {
    private static final Logger LOG = LoggerFactory.getLogger(TimeScanner.class);

    private final AlertStore store;
    private final DataSource dataSource;
    private final Clock clock;
    private final AlertSignal signal;
    private final List<Integer> horizons;

    public TimeScanner(AlertStore store, DataSource dataSource, Clock clock, AlertSignal signal,
                       @Value("${tracker.alerts.horizons-days:7,1}") String horizons) {
        this.store = store;
        this.dataSource = dataSource;
        this.clock = clock;
        this.signal = signal;
        this.horizons = Arrays.stream(horizons.split(",")).map(String::strip).map(Integer::valueOf).sorted().toList();
    }

    @Scheduled(fixedDelay = "${tracker.alerts.scan-interval:1s}", initialDelay = "1s")
    void tick() {
        try {
            if (scan(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)) > 0) signal.changed();
        } catch (RuntimeException e) {
            LOG.warn("deadline scan failed: {}", e.getMessage());
        }
    }

    /** Records the alerts due on {@code today}; returns how many were new. */
    public int scan(LocalDate today) {
        int recorded = 0;
        for (TrackedDeadline d : store.activeDeadlines()) {
            recorded += Transactions.inTransaction(dataSource, c -> {
                var current = store.deadline(c, d.negotiationId(), d.deadlineId());
                if (current.isEmpty()) return 0;
                TrackedDeadline t = current.get();
                boolean agreement = t.dueOn() != null && store.agreementOnOrBefore(c, t.negotiationId(), t.dueOn().latest());
                var alert = DeadlinePolicy.onDay(t, today, horizons, agreement);
                return alert.isPresent() && store.record(c, alert.get()).isPresent() ? 1 : 0;
            });
        }
        return recorded;
    }
}
