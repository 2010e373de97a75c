package io.negotiationtracker.projection.consume;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.platform.kafka.DeadLetters;
import io.negotiationtracker.platform.kafka.KafkaSettings;
import io.negotiationtracker.platform.kafka.TransactionalConsumer;
import io.negotiationtracker.projection.generation.Generation;
import io.negotiationtracker.projection.generation.Generations;
import io.negotiationtracker.projection.progress.AppliedPositions;
import io.negotiationtracker.projection.progress.ViewChanges;
import io.negotiationtracker.projection.read.NegotiationReader;
import io.negotiationtracker.projection.render.Freshness;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
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
    private final NegotiationReader reader;
    private final KafkaSettings kafka;
    private final MeterRegistry meters;
    private final AppliedPositions applied;
    private final ViewChanges changes;
    private final Supplier<LocalDate> today;
    private final TopicSettings topics;
    private final ProjectionSettings settings;
    private final KafkaProducer<String, String> deadLetterProducer;
    private final DeadLetters deadLetters;

    public GenerationRunners(DataSource dataSource, Generations generations, EventCodec codec, NegotiationReader reader, KafkaSettings kafka,
                             MeterRegistry meters, AppliedPositions applied, ViewChanges changes, Clock clock, TopicSettings topics,
                             ProjectionSettings settings) {
        this.dataSource = dataSource;
        this.generations = generations;
        this.codec = codec;
        this.reader = reader;
        this.kafka = kafka;
        this.meters = meters;
        this.applied = applied;
        this.changes = changes;
        this.today = () -> Freshness.day(clock.instant());
        this.topics = topics;
        this.settings = settings;
        this.deadLetterProducer = new KafkaProducer<>(kafka.producerConfig(), new StringSerializer(), new StringSerializer());
        this.deadLetters = new DeadLetters(deadLetterProducer, topics.deadLetterTopic(), "projection");
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
        ProjectionHandler handler = new ProjectionHandler(g, generations, codec, reader, today, settings, new FoldCounters(meters, g.number()),
                listener);
        Map<String, Object> config = new HashMap<>(kafka.clientConfig());
        config.put("max.poll.records", Integer.toString(settings.maxPollRecords()));
        TransactionalConsumer consumer = new TransactionalConsumer(g.consumerName(topics.consumerGroup()), topics.topic(), config, dataSource,
                "projection", deadLetters, handler).maxAttempts(settings.maxAttempts());
        handler.lagFrom(consumer::lag);
        StaleRenderer renderer = new StaleRenderer(g, dataSource, reader, today, consumer::lag, settings.renderLagLimit(), listener);
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
