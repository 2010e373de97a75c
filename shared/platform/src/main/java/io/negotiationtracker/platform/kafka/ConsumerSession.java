package io.negotiationtracker.platform.kafka;

import io.negotiationtracker.platform.BackgroundLoop;
import io.negotiationtracker.platform.jdbc.Transactions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Kafka consumer's membership of its group: the offsets it believes are stored for the partitions it holds (sought
 * to on assignment), and the batches it applies with them. While a batch is retried it keeps polling with its partitions
 * paused, so Kafka does not give them away; if they move anyway, the batch is abandoned and the consumer seeks to the
 * stored offsets again.
 */
final class ConsumerSession implements ConsumerRebalanceListener {
    private static final Logger LOG = LoggerFactory.getLogger(TransactionalConsumer.class);

    private final String name;
    private final KafkaConsumer<String, String> consumer;
    private final BackgroundLoop loop;
    private final BatchApplier applier;
    private final DataSource dataSource;
    private final OffsetStore offsets;
    private final Consumer<BatchApplier.Outcome> onApplied;
    private final Runnable onAssigned;
    private final Map<TopicPartition, Long> held = new HashMap<>();
    private long rebalances;

    ConsumerSession(
            String name,
            KafkaConsumer<String, String> consumer,
            BackgroundLoop loop,
            BatchApplier applier,
            DataSource dataSource,
            OffsetStore offsets,
            Consumer<BatchApplier.Outcome> onApplied,
            Runnable onAssigned) {
        this.name = name;
        this.consumer = consumer;
        this.loop = loop;
        this.applier = applier;
        this.dataSource = dataSource;
        this.offsets = offsets;
        this.onApplied = onApplied;
        this.onAssigned = onAssigned;
    }

    void apply(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
        records.forEach(batch::add);
        long rebalancesBefore = rebalances;
        try {
            onApplied.accept(
                    applier.apply(batch, held, (attempt, failure) -> keepAlive(attempt, failure, rebalancesBefore)));
        } catch (OffsetsFenced | PartitionsMoved e) {
            LOG.warn("consumer {}: batch abandoned ({}); seeking to the stored offsets", name, e.getMessage());
            held.keySet().retainAll(consumer.assignment());
            seekToStored(consumer.assignment());
        }
    }

    /** Between two attempts: report, wait with backoff, and poll (partitions paused) to stay in the group. */
    private void keepAlive(int attempt, RuntimeException failure, long rebalancesBefore) {
        loop.failed(failure);
        long until = System.currentTimeMillis() + Math.min(200L << Math.min(attempt - 1, 5), 5_000);
        do {
            if (!loop.running()) throw new PartitionsMoved("the consumer is closing");
            consumer.pause(consumer.assignment());
            ConsumerRecords<String, String> unexpected =
                    consumer.poll(Duration.ofMillis(Math.max(0, Math.min(100, until - System.currentTimeMillis()))));
            consumer.resume(consumer.paused());
            if (rebalances != rebalancesBefore || !unexpected.isEmpty())
                throw new PartitionsMoved("partitions were reassigned during a retry");
        } while (System.currentTimeMillis() < until);
    }

    private void seekToStored(Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) return;
        Map<TopicPartition, Long> saved = Transactions.read(dataSource, c -> offsets.load(c, partitions));
        for (TopicPartition tp : partitions) {
            Long offset = saved.get(tp);
            if (offset == null) consumer.seekToBeginning(List.of(tp));
            else consumer.seek(tp, offset);
            held.put(tp, offset);
        }
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        rebalances++;
        onAssigned.run();
        seekToStored(partitions);
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        rebalances++;
        partitions.forEach(held::remove);
    }
}
