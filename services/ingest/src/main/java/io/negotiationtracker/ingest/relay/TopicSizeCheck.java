package io.negotiationtracker.ingest.relay;

import io.negotiationtracker.ingest.limits.IngestLimits;
import io.negotiationtracker.ingest.limits.RecordSizeBudget;
import io.negotiationtracker.platform.kafka.KafkaSettings;
import io.negotiationtracker.platform.kafka.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A topic created before (or by hand) keeps its own max.message.bytes: if it is below what the door admits, an
 * accepted event may not be publishable (the relay would then stop on it). Said when the relay starts publishing,
 * not when it happens.
 */
final class TopicSizeCheck {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaRelay.class);

    private final KafkaSettings kafka;
    private final IngestLimits limits;

    TopicSizeCheck(KafkaSettings kafka, IngestLimits limits) {
        this.kafka = kafka;
        this.limits = limits;
    }

    void warnIfTooSmallForTheDoor(String topic) {
        try {
            String value = Topics.config(kafka.clientConfig(), topic, "max.message.bytes");
            int needed = limits.getMaxEventBytes() + RecordSizeBudget.RECORD_OVERHEAD_BYTES;
            if (value != null && Integer.parseInt(value) < needed)
                LOG.error(
                        "topic {} has max.message.bytes={}, below tracker.ingest.max-event-bytes ({}) plus {} bytes of record overhead: an "
                                + "accepted event may not be publishable; raise the topic's max.message.bytes (kafka-configs.sh --alter) to at least {}",
                        topic,
                        value,
                        limits.getMaxEventBytes(),
                        RecordSizeBudget.RECORD_OVERHEAD_BYTES,
                        needed);
        } catch (RuntimeException e) {
            LOG.warn("could not check the record size limit of {}: {}", topic, e.getMessage());
        }
    }
}
