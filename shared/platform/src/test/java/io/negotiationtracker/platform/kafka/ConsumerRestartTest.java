package io.negotiationtracker.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.negotiationtracker.platform.loops.LoopSnapshot;
import io.negotiationtracker.platform.loops.Loops;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The database refuses the first connections, which the consumer needs to load its offsets when partitions are
 * assigned: the error comes out of poll() and used to end the consumer thread for good. Now the loop reports it,
 * starts a new Kafka consumer after a backoff, and applies every record once the database answers.
 */
class ConsumerRestartTest {
    @Test
    void anErrorLoadingOffsetsOnAssignmentRestartsTheConsumer() throws Exception {
        try (ConsumerFixture f = new ConsumerFixture("restart-on-assign", 2)) {
            for (int i = 0; i < 10; i++) f.send("k" + i, "v" + i);
            AtomicInteger refused = new AtomicInteger();
            DataSource flaky = new FailingFirst(f.dataSource(), 2, refused);
            try (var consumer = new TransactionalConsumer(
                            "restarting",
                            f.topic,
                            f.kafkaConfig(),
                            flaky,
                            "consumed",
                            f.deadLetters(),
                            ConsumerFixture.effects("only"))
                    .start()) {
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> f.query("select count(*) from consumed.effects") == 10);
                assertThat(refused.get()).isEqualTo(2);
                var status = Loops.all().stream()
                        .filter(l -> l.name().equals("consumer-restarting"))
                        .findFirst()
                        .orElseThrow();
                await().atMost(Duration.ofSeconds(5))
                        .until(() -> !status.snapshot().failing());
                LoopSnapshot s = status.snapshot();
                assertThat(s.restarts()).isGreaterThanOrEqualTo(1);
                assertThat(s.lastError()).contains("refused on purpose");
                assertThat(consumer.isRunning()).isTrue();
            }
        }
    }

    /** Refuses the first {@code n} connections (as a database restarting would), then hands out real ones. */
    private record FailingFirst(DataSource real, int n, AtomicInteger refused) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            if (refused.get() < n) {
                refused.incrementAndGet();
                throw new SQLTransientConnectionException("refused on purpose", "08001");
            }
            return real.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
