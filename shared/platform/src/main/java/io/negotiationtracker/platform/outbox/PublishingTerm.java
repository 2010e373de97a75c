package io.negotiationtracker.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.negotiationtracker.platform.BackgroundLoop;
import io.negotiationtracker.platform.jdbc.Leadership;
import io.negotiationtracker.platform.kafka.KafkaSettings;
import io.negotiationtracker.platform.kafka.PublishFailed;
import io.negotiationtracker.platform.kafka.Topics;
import io.negotiationtracker.platform.kafka.TransactionalPublisher;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One leadership term of a relay: opens the publisher (fencing any older one of the same transactional id), ensures the
 * topic, reads its tail, then publishes batch after batch until the leadership or the loop ends. Any failure ends the
 * term; the relay backs off and starts a new one, which reads the tail again.
 */
final class PublishingTerm<R extends OutboxRow> {
    private final KafkaSettings kafka;
    private final RelaySettings settings;
    private final Outbox<R> outbox;
    private final AtomicLong published;
    private final Stalls stalls;
    private final MeterRegistry meters;

    PublishingTerm(
            KafkaSettings kafka,
            RelaySettings settings,
            Outbox<R> outbox,
            AtomicLong published,
            Stalls stalls,
            MeterRegistry meters) {
        this.meters = meters;
        this.kafka = kafka;
        this.settings = settings;
        this.outbox = outbox;
        this.published = published;
        this.stalls = stalls;
    }

    void run(BackgroundLoop loop, Leadership leader) throws InterruptedException {
        try (TransactionalPublisher publisher =
                TransactionalPublisher.open(kafka, settings.transactionalId(), meters)) {
            // after open: any batch of a deposed leader is now committed or aborted, so the tail read below is final
            OutboxTopic topic = settings.topic();
            int partitions = Topics.ensure(kafka, topic.name(), topic.partitions(), topic.configs());
            outbox.checkTopic(topic.name());
            TopicTail tail = TopicTail.read(kafka, topic, partitions);
            published.set(outbox.published());
            settings.log()
                    .info(
                            "{} publishing to {} ({} partitions) from position {}",
                            settings.name(),
                            topic.name(),
                            partitions,
                            published.get());
            while (loop.running()) {
                if (!leader.stillHeld()) {
                    settings.log()
                            .warn("{} lost its leadership (its lock session ended); stops publishing", settings.name());
                    return;
                }
                List<R> batch = StallBoundary.cut(outbox.after(published.get()), stalls.current());
                loop.succeeded();
                if (batch.isEmpty()) {
                    outbox.awaitBeyond(published.get());
                    continue;
                }
                publish(publisher, tail.notYetOn(batch), partitions);
                long last = batch.get(batch.size() - 1).position();
                outbox.markPublished(last);
                published.set(last);
                stalls.clearUpTo(last);
            }
        }
    }

    private void publish(TransactionalPublisher publisher, List<R> rows, int partitions) {
        String topic = settings.topic().name();
        try {
            publisher.publish(rows.stream()
                    .map(row -> outbox.record(topic, OutboxTopic.partitionOf(row.key(), partitions), row))
                    .toList());
        } catch (PublishFailed e) {
            if (e.permanent() && e.index() >= 0) stalls.stopOn(rows.get(e.index()), e);
            throw e;
        }
    }
}
