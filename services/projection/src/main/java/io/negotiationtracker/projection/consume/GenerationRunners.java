package io.negotiationtracker.projection.consume;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.platform.kafka.DeadLetters;
import io.negotiationtracker.platform.kafka.KafkaSettings;
import io.negotiationtracker.platform.kafka.TransactionalConsumer;
import io.negotiationtracker.platform.tracing.TracedRecordHandler;
import io.negotiationtracker.platform.tracing.Tracing;
import io.negotiationtracker.projection.generation.Generation;
import io.negotiationtracker.projection.generation.Generations;
import io.negotiationtracker.projection.generation.ViewNotices;
import io.negotiationtracker.projection.generation.Watermarks;
import io.negotiationtracker.projection.read.NegotiationReader;
import io.negotiationtracker.projection.render.Freshness;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Starts the consumer (with its renderer) of one generation on this instance, after the generation's {@link Replay} when
 * it is new (a rebuild); instances running the same generation
 * share its partitions (one consumer group per generation). What they apply reaches read-your-writes and live pages on
 * every instance through {@link io.negotiationtracker.projection.generation.ViewNotice}s, not in process.
 */
@Singleton
public class GenerationRunners {
    /** How often each consumer tells whether its partitions are read to their end: bounds read-your-writes' wait on idle partitions. */
    private static final Duration CAUGHT_UP_CHECK = Duration.ofMillis(250);

    private final DataSource dataSource;
    private final Tracing tracing;
    private final Generations generations;
    private final EventCodec codec;
    private final NegotiationReader reader;
    private final KafkaSettings kafka;
    private final MeterRegistry meters;
    private final Watermarks watermarks;
    private final Supplier<LocalDate> today;
    private final TopicSettings topics;
    private final ProjectionSettings settings;
    private final KafkaProducer<String, String> deadLetterProducer;
    private final DeadLetters deadLetters;

    public GenerationRunners(
            DataSource dataSource,
            Generations generations,
            EventCodec codec,
            NegotiationReader reader,
            KafkaSettings kafka,
            MeterRegistry meters,
            Watermarks watermarks,
            Clock clock,
            TopicSettings topics,
            ProjectionSettings settings,
            Tracing tracing) {
        this.tracing = tracing;
        this.dataSource = dataSource;
        this.generations = generations;
        this.codec = codec;
        this.reader = reader;
        this.kafka = kafka;
        this.meters = meters;
        this.watermarks = watermarks;
        this.today = () -> Freshness.day(clock.instant());
        this.topics = topics;
        this.settings = settings;
        this.deadLetterProducer =
                new KafkaProducer<>(kafka.producerConfig(), new StringSerializer(), new StringSerializer());
        this.deadLetters = new DeadLetters(deadLetterProducer, topics.deadLetterTopic(), "projection", kafka);
    }

    public GenerationRunner start(Generation g) {
        String tag = Integer.toString(g.number());
        Counter deadLettered = Counter.builder("projection.dead_letters")
                .tag("generation", tag)
                .description("records dead-lettered (unreadable, or isolated after failing to apply or render)")
                .register(meters);
        ProjectionHandler handler = new ProjectionHandler(
                g,
                generations,
                watermarks,
                codec,
                reader,
                today,
                settings,
                new FoldCounters(meters, g.number()),
                deadLettered::increment);
        Map<String, Object> config = new HashMap<>(kafka.clientConfig());
        config.put("max.poll.records", Integer.toString(settings.maxPollRecords()));
        TransactionalConsumer consumer = new TransactionalConsumer(
                        g.consumerName(topics.consumerGroup()),
                        topics.topic(),
                        config,
                        dataSource,
                        "projection",
                        deadLetters,
                        TracedRecordHandler.wrap(handler, tracing))
                .maxAttempts(settings.maxAttempts())
                .meters(meters)
                .watchCaughtUp(new CaughtUpMarks(g, generations, watermarks, dataSource), CAUGHT_UP_CHECK);
        handler.lagFrom(consumer::lag);
        StaleRenderer renderer = new StaleRenderer(
                g,
                dataSource,
                reader,
                today,
                consumer::lag,
                settings.renderLagLimit(),
                ids -> ViewNotices.rendered(dataSource, g, ids));
        List<Meter> gauges = List.of(
                Gauge.builder("projection.generation.lag", consumer, TransactionalConsumer::lag)
                        .tag("generation", tag)
                        .description("records on the topic this generation has not applied")
                        .register(meters),
                Gauge.builder("projection.generation.stale_rows", renderer, StaleRenderer::stale)
                        .tag("generation", tag)
                        .description("negotiations whose rendered status lags their events")
                        .register(meters));
        Runnable run = () -> {
            consumer.start();
            renderer.start();
        };
        Replay replay = null;
        if (generations.replayed(g)) run.run();
        else
            replay = new Replay(
                            g,
                            dataSource,
                            generations,
                            watermarks,
                            codec,
                            reader,
                            today,
                            kafka.clientConfig(),
                            topics.topic(),
                            consumer.name(),
                            run)
                    .start();
        return new GenerationRunner(g, consumer, renderer, replay, () -> gauges.forEach(meters::remove));
    }

    @PreDestroy
    void close() {
        deadLetterProducer.close();
    }
}
