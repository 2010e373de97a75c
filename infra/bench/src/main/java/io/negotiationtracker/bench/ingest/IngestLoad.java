package io.negotiationtracker.bench.ingest;

import io.negotiationtracker.bench.events.Payloads;
import io.negotiationtracker.bench.harness.Workers;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Batch appends over HTTP as the ingest and growth scenarios measure them: negotiations {@code prefix0..} opened,
 * warm-up batches unrecorded, then {@code batches} batches of {@code batchSize} statements from {@code clients}
 * concurrent writers ({@link Workers}), each batch to the next negotiation in turn, timed to the last acknowledgement.
 * Each body is made just before it is sent (about a millisecond for 1,000 events: fresh event ids without holding
 * every batch in memory); the peer scenario makes its batches the same way.
 */
public final class IngestLoad {
    public static final int NEGOTIATIONS = 50;

    public record Outcome(long events, double seconds, long lastPosition) {
        public double perSecond() {
            return events / seconds;
        }
    }

    private IngestLoad() {}

    public static Outcome run(
            IngestClient client, String prefix, int warmUpBatches, int batches, int batchSize, int clients)
            throws Exception {
        client.openAll(prefix, NEGOTIATIONS);
        Workers.run(clients, warmUpBatches, i -> client.append(prefix + i % NEGOTIATIONS, Payloads.batch(batchSize)));
        AtomicLong last = new AtomicLong();
        double seconds = Workers.run(
                clients,
                batches,
                i -> last.accumulateAndGet(
                        client.append(prefix + i % NEGOTIATIONS, Payloads.batch(batchSize)), Math::max));
        return new Outcome((long) batches * batchSize, seconds, last.get());
    }
}
