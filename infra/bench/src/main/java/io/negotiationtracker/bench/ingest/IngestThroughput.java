package io.negotiationtracker.bench.ingest;

import io.negotiationtracker.bench.harness.BenchContext;
import io.negotiationtracker.bench.harness.Scale;
import io.negotiationtracker.bench.harness.Scenario;
import java.time.Duration;

/**
 * ingest.events_per_s: batches appended over HTTP into the event store ({@link IngestLoad}), acknowledged = committed;
 * also how soon the relay has them all on Kafka (ingest.to_kafka_events_per_s, from the first append to the last
 * record on the topic).
 */
public final class IngestThroughput implements Scenario {

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        Scale s = context.scale();
        RelayProgress relay = new RelayProgress(context.stack().ingestUrl());
        long start = System.nanoTime();
        IngestLoad.Outcome o = IngestLoad.run(
                context.ingest(), "bench-", Math.max(5, s.batches() / 20), s.batches(), s.batchSize(), s.clients());
        long acknowledged = System.nanoTime();
        relay.awaitPublished(o.lastPosition(), Duration.ofMinutes(10));
        double toKafka = o.events() / (o.seconds() + (System.nanoTime() - acknowledged) / 1e9);
        context.results().put("ingest.events_per_s", o.perSecond());
        context.results().put("ingest.to_kafka_events_per_s", toKafka);
        context.say(
                "ingest over HTTP, batches of %d from %d clients: %,.0f events/s stored (%,d in %.1f s), %,.0f events/s on Kafka (%.0f s in all)",
                s.batchSize(),
                s.clients(),
                o.perSecond(),
                o.events(),
                o.seconds(),
                toKafka,
                (System.nanoTime() - start) / 1e9);
    }
}
