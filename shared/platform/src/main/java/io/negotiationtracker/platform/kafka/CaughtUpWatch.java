package io.negotiationtracker.platform.kafka;

import java.util.Set;

/**
 * Told, every little while, which of its partitions a consumer has applied to their end. What "the end" covers is
 * pinned by {@link #mark}, taken just before the end offsets are asked of the broker: whatever the mark says had
 * reached the topic by then (for the projection, the highest position applied anywhere: the relay commits positions
 * in order, so every lower one was committed too) is applied on those partitions. Partitions with no traffic thus
 * still move on; without it a partition that receives nothing would hold back a watermark taken over all of them.
 */
public interface CaughtUpWatch {
    /** Called before the end offsets are read; the value is handed back to {@link #caughtUp}. */
    long mark();

    /**
     * @param partitions       the assigned partitions whose every record up to the end offsets read after {@link #mark} is
     *                         applied (committed); possibly empty
     * @param topicPartitions  how many partitions the topic has
     */
    void caughtUp(Set<Integer> partitions, int topicPartitions, long mark);
}
