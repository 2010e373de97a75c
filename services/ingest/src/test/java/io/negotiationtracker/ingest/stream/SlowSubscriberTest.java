package io.negotiationtracker.ingest.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.sse.Event;
import io.negotiationtracker.ingest.store.AppendSignal;
import io.negotiationtracker.ingest.store.EventStore;
import io.negotiationtracker.ingest.test.IngestFixture;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * A subscriber reads only what it asks for: a slow one holds nothing in memory beyond its demand, and is cut off
 * with its resume point once it has asked for nothing for too long. Writers are not slowed meanwhile.
 */
class SlowSubscriberTest {
    @Test
    void aSubscriberThatAsksForNothingIsCutOffWithItsResumePoint() {
        try (IngestFixture ingest = IngestFixture.fresh("slow").start()) {
            ingest.appendStatements("slow", 50);
            EventStore store = ingest.bean(EventStore.class);
            StreamSettings settings = new StreamSettings(500, Duration.ofSeconds(1), Duration.ofSeconds(15), 100, 8);
            List<Event<String>> received = new CopyOnWriteArrayList<>();
            AtomicBoolean completed = new AtomicBoolean();
            var subscriber = new BaseSubscriber<Event<String>>() {
                @Override
                protected void hookOnSubscribe(Subscription subscription) {
                    request(5);
                }

                @Override
                protected void hookOnNext(Event<String> value) {
                    received.add(value);
                }

                @Override
                protected void hookOnComplete() {
                    completed.set(true);
                }
            };
            Flux.<Event<String>>create(
                            sink -> Thread.ofVirtual()
                                    .start(new LiveSubscription(
                                            store,
                                            ingest.bean(AppendSignal.class),
                                            settings,
                                            new StreamFilter(0, "slow", List.of()),
                                            sink)),
                            FluxSink.OverflowStrategy.BUFFER)
                    .subscribe(subscriber);

            await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 5);
            long writeStarted = System.nanoTime();
            ingest.appendStatements("slow", 20);
            assertThat(Duration.ofNanos(System.nanoTime() - writeStarted)).isLessThan(Duration.ofSeconds(5));
            await().during(Duration.ofMillis(1500))
                    .atMost(Duration.ofSeconds(3))
                    .until(() -> received.size() == 5);

            subscriber.request(10);
            await().atMost(Duration.ofSeconds(5)).until(completed::get);
            assertThat(received).hasSize(6);
            Event<String> last = received.get(5);
            assertThat(last.getName()).isEqualTo("cutoff");
            assertThat(last.getId()).isEqualTo(received.get(4).getId());
            assertThat(last.getData())
                    .contains("\"resumeAfter\":" + received.get(4).getId());
        }
    }
}
