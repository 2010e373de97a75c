package io.negotiationtracker.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.negotiationtracker.platform.BackgroundLoop;
import io.negotiationtracker.platform.jdbc.Leadership;
import io.negotiationtracker.platform.kafka.KafkaSettings;
import io.negotiationtracker.platform.kafka.PublisherDeposed;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Publishes a service's outbox to its topic in position order, exactly once (no dual write: the outbox is the only
 * thing the service's transactions write). Only the instance holding the relay's {@link Leadership} publishes; the
 * others follow its checkpoint. On any failure it backs off (200 ms doubling to 5 s; at least 1 s and up to 30 s while
 * stopped on a row: {@link Stalls}) and starts a new {@link PublishingTerm}, which skips what the topic already holds.
 * <p>
 * Why the restart rule can never skip an unpublished row: each batch is one Kafka transaction (it lands whole or not at
 * all), a batch is sent only once the one before it committed, and the idempotent producer keeps each partition in the
 * order sent (with up to {@code max.in.flight.requests.per.connection} = 5, set in
 * {@link KafkaSettings#transactionalProducerConfig}). So the committed records of a partition are always a prefix of the
 * rows sent to it, and a row at or below a partition's last committed position is on the topic.
 */
public final class OutboxRelay<R extends OutboxRow> implements AutoCloseable {
    private static final long FIRST_BACKOFF_MS = 200;
    private static final long FOLLOWER_POLL_MS = 2_000;

    private final DataSource dataSource;
    private final KafkaSettings kafka;
    private final RelaySettings settings;
    private final Outbox<R> outbox;
    private final AtomicLong published = new AtomicLong(-1);
    private final AtomicLong failures = new AtomicLong();
    private final Stalls stalls;
    private final MeterRegistry meters;
    private final BackgroundLoop loop;

    public OutboxRelay(
            DataSource dataSource,
            KafkaSettings kafka,
            MeterRegistry meters,
            RelaySettings settings,
            Outbox<R> outbox) {
        this.dataSource = dataSource;
        this.kafka = kafka;
        this.settings = settings;
        this.outbox = outbox;
        this.stalls = new Stalls(settings, meters);
        this.meters = meters;
        Gauge.builder(settings.metricPrefix() + ".published.position", published, AtomicLong::get)
                .description("the last position known published to the topic")
                .register(meters);
        this.loop = BackgroundLoop.start(settings.name(), this::run);
    }

    /** Rows stored but not yet published (read from the outbox, so it stays true while the relay is stuck); -1 while unknown. */
    public long lag() {
        long p = published.get();
        if (p < 0) return -1;
        try {
            return Math.max(0, outbox.head() - p);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    public long publishedPosition() {
        return published.get();
    }

    /** Failed attempts (broker away, a row refused...), each followed by a backoff and a new term. */
    public long failures() {
        return failures.get();
    }

    /** The row the relay is stopped on, or null. */
    public OutboxStall stall() {
        return stalls.current();
    }

    private void run(BackgroundLoop loop) throws InterruptedException {
        long backoff = FIRST_BACKOFF_MS;
        while (loop.running()) {
            try (Leadership leader = Leadership.tryAcquire(dataSource, settings.leadershipJob())) {
                if (leader == null) {
                    published.set(outbox.published());
                    loop.succeeded();
                    loop.pause(FOLLOWER_POLL_MS);
                    continue;
                }
                new PublishingTerm<>(kafka, settings, outbox, published, stalls, meters).run(loop, leader);
                backoff = FIRST_BACKOFF_MS;
            } catch (PublisherDeposed e) {
                settings.log().warn("{} deposed: {}", settings.name(), e.getMessage());
                backoff = FIRST_BACKOFF_MS;
            } catch (SQLException | RuntimeException e) {
                failures.incrementAndGet();
                if (!loop.running()) return;
                if (settings.retriesMakeUnready()) loop.failed(e);
                boolean stopped = stalls.current() != null;
                long wait = stopped ? Math.max(backoff, 1_000) : backoff;
                settings.log().warn("{} paused ({}); retrying in {} ms", settings.name(), e.getMessage(), wait);
                loop.pause(wait);
                backoff = Math.min(wait * 2, stopped ? 30_000 : 5_000);
            }
        }
    }

    @Override
    public void close() {
        loop.close();
    }
}
