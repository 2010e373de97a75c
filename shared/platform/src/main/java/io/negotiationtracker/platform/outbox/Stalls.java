package io.negotiationtracker.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.negotiationtracker.platform.kafka.PublishFailed;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The row a relay is stopped on, if any: set when the broker or the client refuses a row for good, cleared once that
 * row is published. Said loudly, because nothing after it is published meanwhile: an ERROR log naming the row and what
 * to raise, the {@code <prefix>.stalled.position} gauge (0 when running), the {@code <prefix>.permanent.failures} counter.
 */
final class Stalls {
    private final AtomicReference<OutboxStall> current = new AtomicReference<>();
    private final RelaySettings settings;
    private final Counter permanentFailures;

    Stalls(RelaySettings settings, MeterRegistry meters) {
        this.settings = settings;
        this.permanentFailures = Counter.builder(settings.metricPrefix() + ".permanent.failures")
                .description("publish attempts refused for good (too large, invalid...); the relay stops on the row")
                .register(meters);
        Gauge.builder(
                        settings.metricPrefix() + ".stalled.position",
                        current,
                        s -> s.get() == null ? 0 : s.get().position())
                .description(
                        "position of the row the relay is stopped on (it cannot be published); 0 when it is not stopped")
                .register(meters);
    }

    OutboxStall current() {
        return current.get();
    }

    void stopOn(OutboxRow row, PublishFailed e) {
        permanentFailures.increment();
        String reason = e.getCause() == null
                ? e.getMessage()
                : e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage();
        OutboxStall previous = current.get();
        if (previous == null || previous.position() != row.position())
            current.set(new OutboxStall(row.position(), row.id(), row.key(), reason, Instant.now()));
        settings.log()
                .error(
                        "{} STOPPED at {}: it cannot be published ({}); nothing after it is published until it is. Raise "
                                + "kafka.producer.max-request-size and the topic's max.message.bytes if it is too large.",
                        settings.name(),
                        row.describe(),
                        reason);
    }

    void clearUpTo(long published) {
        OutboxStall s = current.get();
        if (s != null && s.position() <= published && current.compareAndSet(s, null))
            settings.log()
                    .info("{} published position {} it was stopped on; it runs again", settings.name(), s.position());
    }
}
