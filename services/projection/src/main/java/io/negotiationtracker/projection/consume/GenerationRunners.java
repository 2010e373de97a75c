package io.negotiationtracker.projection.consume;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.platform.kafka.DeadLetters;
import io.negotiationtracker.platform.kafka.KafkaSettings;
import io.negotiationtracker.platform.kafka.TransactionalConsumer;
import io.negotiationtracker.projection.generation.Generation;
import io.negotiationtracker.projection.generation.Generations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Starts the consumer of one generation; only the serving generation's batches reach read-your-writes and live pages. */
@Singleton
public class GenerationRunners {
    private final DataSource dataSource;
    private final Generations generations;
    private final EventCodec codec;
    private final KafkaSettings kafka;
    private final MeterRegistry meters;
    private final AppliedPositions applied;
    private final ViewChanges changes;
    private final Supplier<LocalDate> today;
    private final String topic;
    private final String group;
    private final int cacheSize;
    private final long renderLagLimit;
    private final int maxPollRecords;
    private final int maxAttempts;
    private final KafkaProducer<String, String> deadLetterProducer;
    private final DeadLetters deadLetters;

    public GenerationRunners(DataSource dataSource, Generations generations, EventCodec codec, KafkaSettings kafka, MeterRegistry meters,
                             AppliedPositions applied, ViewChanges changes, Clock clock, @Value("${tracker.topic}") String topic,
                             @Value("${tracker.consumer-group}") String group, @Value("${tracker.dead-letter-topic}") String dlq,
                             @Value("${tracker.projection.fold-cache-size:2000}") int cacheSize,
                             @Value("${tracker.projection.render-lag-limit:2000}") long renderLagLimit,
                             @Value("${tracker.projection.max-poll-records:2000}") int maxPollRecords,
                             @Value("${tracker.projection.max-attempts:3}") int maxAttempts) {
        this.dataSource = dataSource;
        this.generations = generations;
        this.codec = codec;
        this.kafka = kafka;
        this.meters = meters;
        this.applied = applied;
        this.changes = changes;
        this.today = () -> LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        this.topic = topic;
        this.group = group;
        this.cacheSize = cacheSize;
        this.renderLagLimit = renderLagLimit;
        this.maxPollRecords = maxPollRecords;
        this.maxAttempts = maxAttempts;
        this.deadLetterProducer = new KafkaProducer<>(kafka.producerConfig(), new StringSerializer(), new StringSerializer());
        this.deadLetters = new DeadLetters(deadLetterProducer, dlq, "projection");
    }

    public GenerationRunner start(Generation g) {
        String tag = Integer.toString(g.number());
        Counter deadLettered = Counter.builder("projection.dead_letters").tag("generation", tag)
                .description("records dead-lettered (unreadable, or isolated after failing to apply or render)").register(meters);
        BatchListener listener = (ids, position, dead) -> {
            if (dead > 0) deadLettered.increment(dead);
            if (!generations.serving().equals(g)) return;
            applied.reached(position);
            if (!ids.isEmpty()) changes.committed(Set.copyOf(ids), Math.max(position, applied.current()));
        };
        ProjectionHandler handler = new ProjectionHandler(g, generations, codec, today, cacheSize, renderLagLimit,
                new FoldCounters(meters, g.number()), listener);
        Map<String, Object> config = new HashMap<>(kafka.clientConfig());
        config.put("max.poll.records", Integer.toString(maxPollRecords));
        TransactionalConsumer consumer = new TransactionalConsumer(g.consumerName(group), topic, config, dataSource, "projection",
                deadLetters, handler).maxAttempts(maxAttempts);
        handler.lagFrom(consumer::lag);
        StaleRenderer renderer = new StaleRenderer(g, dataSource, codec, today, consumer::lag, renderLagLimit, listener);
        List<Meter> gauges = List.of(
                Gauge.builder("projection.generation.lag", consumer, TransactionalConsumer::lag).tag("generation", tag)
                        .description("records on the topic this generation has not applied").register(meters),
                Gauge.builder("projection.generation.stale_rows", renderer, StaleRenderer::stale).tag("generation", tag)
                        .description("negotiations whose rendered status lags their events").register(meters));
        consumer.start();
        renderer.start();
        return new GenerationRunner(g, consumer, renderer, () -> gauges.forEach(meters::remove));
    }

    @PreDestroy
    void close() {
        deadLetterProducer.close();
    }
}
