package io.negotiationtracker.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two consumers of one group: the first is held inside its batch's transaction past max.poll.interval.ms, so Kafka gives
 * its partition to the second, which applies the records and saves their offsets. When the first is released its
 * offsets update finds the row moved: it must roll its batch back (no effect applied twice) and re-seek.
 */
class OffsetFencingTest {
    static final int RECORDS = 20;

    @Test
    void aConsumerThatLostItsPartitionCannotCommitItsBatch() throws Exception {
        try (ConsumerFixture f = new ConsumerFixture("fencing", 1)) {
            for (int i = 0; i < RECORDS; i++) f.send("k" + i, "v" + i);
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            RecordHandler slowFirst = (c, record) -> {
                ConsumerFixture.effects("first").apply(c, record);
                if (held.getCount() > 0) {
                    held.countDown();
                    waitFor(release);
                }
            };
            Map<String, Object> config = f.kafkaConfig();
            config.put("max.poll.interval.ms", 3000);
            config.put("session.timeout.ms", 6000);
            config.put("heartbeat.interval.ms", 500);
            try (var first = new TransactionalConsumer(
                            "fenced", f.topic, config, f.dataSource(), "consumed", f.deadLetters(), slowFirst)
                    .start()) {
                assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
                try (var second = new TransactionalConsumer(
                                "fenced",
                                f.topic,
                                config,
                                f.dataSource(),
                                "consumed",
                                f.deadLetters(),
                                ConsumerFixture.effects("second"))
                        .start()) {
                    await().atMost(Duration.ofSeconds(60))
                            .until(() -> f.query("select count(*) from consumed.effects where by_instance = 'second'")
                                    == RECORDS);
                    assertThat(f.query("select next_offset from consumed.consumer_offsets where consumer = 'fenced'"))
                            .isEqualTo(RECORDS);
                    release.countDown();
                    // The first consumer finishes its transaction now; fenced, it must roll it back.
                    await().during(Duration.ofSeconds(3))
                            .atMost(Duration.ofSeconds(10))
                            .until(() ->
                                    f.query("select count(*) from consumed.effects where by_instance = 'first'") == 0);
                    for (int i = RECORDS; i < RECORDS + 5; i++) f.send("k" + i, "v" + i);
                    await().atMost(Duration.ofSeconds(60))
                            .until(() -> f.query("select count(*) from consumed.effects") == RECORDS + 5);
                    assertThat(
                                    f.query(
                                            "select count(*) from (select record_offset from consumed.effects group by record_offset having count(*) > 1) d"))
                            .isZero();
                    assertThat(f.query("select next_offset from consumed.consumer_offsets where consumer = 'fenced'"))
                            .isEqualTo(RECORDS + 5);
                    assertThat(first.isRunning()).isTrue();
                }
            } finally {
                release.countDown();
            }
        }
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
