package io.negotiationtracker.platform.kafka;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link CaughtUpWatch} from the poll loop, at most once per interval and only between batches (after a batch
 * was applied and committed, never while one is pending), so the consumer's position covers applied records only. The
 * end offsets are read_committed (the last stable offset): the consumer reads with that isolation level.
 */
final class CaughtUpCheck {
    private static final Logger LOG = LoggerFactory.getLogger(CaughtUpCheck.class);
    private final CaughtUpWatch watch;
    private final long everyNanos;
    private long next = System.nanoTime();

    CaughtUpCheck(CaughtUpWatch watch, Duration every) {
        this.watch = watch;
        this.everyNanos = every.toNanos();
    }

    void run(KafkaConsumer<String, String> consumer, String topic) {
        if (System.nanoTime() - next < 0) return;
        next = System.nanoTime() + everyNanos;
        Set<TopicPartition> assigned = consumer.assignment();
        if (assigned.isEmpty()) return;
        try {
            long mark = watch.mark();
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned, Duration.ofSeconds(5));
            Set<Integer> caughtUp = new HashSet<>();
            for (TopicPartition tp : assigned) {
                Long last = end.get(tp);
                if (last != null && consumer.position(tp, Duration.ofSeconds(1)) >= last) caughtUp.add(tp.partition());
            }
            watch.caughtUp(caughtUp, consumer.partitionsFor(topic).size(), mark);
        } catch (RuntimeException e) {
            // a broker or database hiccup: the next turn tries again; nothing was claimed
            LOG.debug("caught-up check of {} skipped: {}", topic, e.toString());
        }
    }
}
