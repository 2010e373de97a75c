package io.negotiationtracker.ingest.limits;

/**
 * An accepted event must always be publishable: its envelope plus the record's key, CloudEvents headers and batch
 * overhead ({@link #RECORD_OVERHEAD_BYTES}, generous) must stay below the producer's max.request.size and the topic's
 * max.message.bytes. A configuration that breaks this is refused at startup.
 */
public final class RecordSizeBudget {
    public static final int RECORD_OVERHEAD_BYTES = 16_384;

    private RecordSizeBudget() {}

    /** Throws with what to change when an event of {@code maxEventBytes} could not be published. */
    public static void check(int maxEventBytes, int maxRequestSize, int topicMaxMessageBytes) {
        if (maxEventBytes <= 0)
            throw new IllegalStateException("tracker.ingest.max-event-bytes must be positive, not " + maxEventBytes);
        int needed = maxEventBytes + RECORD_OVERHEAD_BYTES;
        if (needed >= maxRequestSize)
            throw new IllegalStateException(
                    "tracker.ingest.max-event-bytes (" + maxEventBytes + ") plus " + RECORD_OVERHEAD_BYTES
                            + " bytes of record overhead must be below the producer's max.request.size (kafka.producer.max-request-size = "
                            + maxRequestSize + "): lower the first or raise the second");
        if (needed >= topicMaxMessageBytes)
            throw new IllegalStateException(
                    "tracker.ingest.max-event-bytes (" + maxEventBytes + ") plus " + RECORD_OVERHEAD_BYTES
                            + " bytes of record overhead must be below the topic's max.message.bytes (kafka.topic.max-message-bytes = "
                            + topicMaxMessageBytes + "): lower the first or raise the second");
    }
}
