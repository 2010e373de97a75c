package io.negotiationtracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.negotiationtracker.ingest.relay.KafkaRelay;
import io.negotiationtracker.ingest.test.IngestFixture;
import io.negotiationtracker.platform.kafka.KafkaSettings;
import io.negotiationtracker.platform.kafka.Topics;
import io.negotiationtracker.testsupport.TestInfrastructure;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** An existing topic whose record limit is below what the door admits is reported when the relay starts, not when an event fails. */
class TopicTooSmallTest {
    @Test
    void anExistingTopicTooSmallForTheDoorIsReportedAtOnce() {
        IngestFixture.Builder app = IngestFixture.fresh("small-topic");
        String topic = (String) app.properties().get("tracker.topic");
        Topics.ensure(
                new KafkaSettings(TestInfrastructure.kafkaBootstrapServers()),
                topic,
                6,
                Map.of("max.message.bytes", "100000"));
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger logger = (Logger) LoggerFactory.getLogger(KafkaRelay.class);
        logger.addAppender(log);
        try (IngestFixture ingest = app.start()) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(log.list).anySatisfy(e -> {
                        assertThat(e.getLevel()).isEqualTo(Level.ERROR);
                        assertThat(e.getFormattedMessage())
                                .contains("max.message.bytes=100000")
                                .contains("tracker.ingest.max-event-bytes");
                    }));
        } finally {
            logger.detachAppender(log);
        }
    }
}
