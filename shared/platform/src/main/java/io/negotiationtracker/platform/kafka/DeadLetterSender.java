package io.negotiationtracker.platform.kafka;

import io.negotiationtracker.platform.BackgroundLoop;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a consumer's dead letters once their transaction committed, from its poll loop: those of this run as soon as a
 * batch dead-lettered some, those left by an earlier run on the first turn. A failed send is reported to the loop and
 * tried again after a while, without holding up the polling.
 */
final class DeadLetterSender {
    private static final Logger LOG = LoggerFactory.getLogger(TransactionalConsumer.class);
    private static final long RETRY_MS = 5_000;

    private final String consumer;
    private final DataSource dataSource;
    private final DeadLetters deadLetters;
    private volatile boolean pending = true;
    private long triedAt;

    DeadLetterSender(String consumer, DataSource dataSource, DeadLetters deadLetters) {
        this.consumer = consumer;
        this.dataSource = dataSource;
        this.deadLetters = deadLetters;
    }

    /** A committed batch dead-lettered records: send them at the next turn. */
    void pending() {
        pending = true;
    }

    /** Sends what is left unpublished; false if that failed (tried again after a while). */
    boolean sendPending(BackgroundLoop loop) {
        if (!pending) return true;
        if (triedAt != 0 && System.currentTimeMillis() - triedAt < RETRY_MS) return false;
        triedAt = System.currentTimeMillis();
        try {
            int sent = deadLetters.publishPending(dataSource, consumer);
            if (sent > 0) LOG.info("consumer {}: {} dead letters sent to {}", consumer, sent, deadLetters.topic());
            pending = false;
            triedAt = 0;
            return true;
        } catch (RuntimeException e) {
            LOG.warn("consumer {}: could not publish dead letters (will retry): {}", consumer, e.toString());
            loop.failed(e);
            return false;
        }
    }
}
