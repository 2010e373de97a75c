package io.negotiationtracker.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A batch that fails on a transient database error (a serialization failure, SQL state 40001) for twice
 * max.poll.interval.ms: it is retried without being dead-lettered, and the consumer keeps polling meanwhile, so Kafka
 * never takes its partitions away (one assignment). The old loop slept between attempts without polling: it was
 * dropped from the group and assigned again.
 */
class RetryKeepsPartitionsTest {
    @Test
    void aBatchRetriedLongerThanMaxPollIntervalKeepsItsPartitionsAndIsAppliedOnce() throws Exception {
        try (ConsumerFixture f = new ConsumerFixture("retry-keeps", 1)) {
            for (int i = 0; i < 5; i++) f.send("k" + i, "v" + i);
            long failUntil = System.currentTimeMillis() + 60_000;
            long[] firstAttempt = {0};
            RecordHandler failingForSixSeconds = (c, record) -> {
                if (firstAttempt[0] == 0) firstAttempt[0] = System.currentTimeMillis();
                if (System.currentTimeMillis() - firstAttempt[0] < 6_000 && System.currentTimeMillis() < failUntil)
                    throw new SQLTransactionRollbackException("could not serialize access (test)", "40001");
                ConsumerFixture.effects("only").apply(c, record);
            };
            Map<String, Object> config = f.kafkaConfig();
            config.put("max.poll.interval.ms", 3000);
            try (var consumer = new TransactionalConsumer(
                            "retrying",
                            f.topic,
                            config,
                            f.dataSource(),
                            "consumed",
                            f.deadLetters(),
                            failingForSixSeconds)
                    .start()) {
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> f.query("select count(*) from consumed.effects") == 5);
                assertThat(System.currentTimeMillis() - firstAttempt[0]).isGreaterThanOrEqualTo(6_000);
                assertThat(f.query("select count(*) from consumed.dead_letters"))
                        .as("transient errors are not the record's fault")
                        .isZero();
                assertThat(consumer.assignments())
                        .as("partitions kept through the retries")
                        .isEqualTo(1);
                Thread.sleep(1_000);
                assertThat(f.query("select count(*) from consumed.effects")).isEqualTo(5);
            }
        }
    }
}
