package io.negotiationtracker.ingest;

import static io.negotiationtracker.ingest.Events.opened;
import static io.negotiationtracker.ingest.Events.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.negotiationtracker.ingest.relay.KafkaRelay;
import io.negotiationtracker.ingest.test.IngestFixture;
import io.negotiationtracker.testsupport.TestInfrastructure;
import io.negotiationtracker.testsupport.http.Reply;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * An event the broker cannot take (1.2 MB, above the producer's 1 MB max.request.size: stored behind the door's back)
 * sits between good events of one negotiation, in the middle of one relay batch. The relay must publish everything before it, nothing after it (not the
 * later events of the same negotiation, not those of others), and say so loudly; a restart must not skip it either.
 */
class RelayStopsOnUnpublishableEventTest {
    @Test
    void theRelayStopsOnTheEventItCannotPublishAndNeverSkipsIt() throws Exception {
        IngestFixture.Builder app = IngestFixture.fresh("poison");
        ListAppender<ILoggingEvent> log = captureRelayLog();
        IngestFixture ingest = app.start();
        try {
            Api api = new Api(ingest.url());
            assertThat(api.append("poison", opened(UUID.randomUUID())).status()).isEqualTo(201);
            assertThat(api.append("bystander", opened(UUID.randomUUID())).status())
                    .isEqualTo(201);
            for (int i = 0; i < 2; i++)
                assertThat(api.append("poison", statement(null, "before " + i)).status())
                        .isEqualTo(201);
            KafkaRelay relay = ingest.bean(KafkaRelay.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.lag() == 0);

            // one transaction, so one relay batch: a good event, the one the broker cannot take, a good event
            long stuck = DirectRows.insert(
                            app.properties(),
                            "poison",
                            List.of(
                                    DirectRows.statement("just before"),
                                    DirectRows.largeRound(300, 3_900),
                                    DirectRows.statement("just after")))
                    .get(1);
            for (int i = 0; i < 2; i++)
                assertThat(api.append("poison", statement(null, "after " + i)).status())
                        .isEqualTo(201);
            assertThat(api.append("bystander", statement(null, "after")).status())
                    .isEqualTo(201);

            awaitStoppedAt(api, stuck);
            assertThat(api.get("/prometheus").raw().body()).contains("ingest_relay_stalled_position " + stuck + ".0");
            assertThat(log.list).anySatisfy(e -> {
                assertThat(e.getLevel()).isEqualTo(Level.ERROR);
                assertThat(e.getFormattedMessage())
                        .contains("STOPPED at position " + stuck)
                        .contains("RecordTooLargeException");
            });
            assertPublishedExactlyUpTo(ingest.topic(), stuck);

            ingest = ingest.restart();
            awaitStoppedAt(new Api(ingest.url()), stuck);
            assertPublishedExactlyUpTo(ingest.topic(), stuck);
        } finally {
            ingest.close();
            ((Logger) LoggerFactory.getLogger(KafkaRelay.class)).detachAppender(log);
        }
    }

    private static void awaitStoppedAt(Api api, long position) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Reply readiness = api.get("/health/readiness");
            assertThat(readiness.status()).isEqualTo(503);
            assertThat(readiness.header("Retry-After")).isNotNull();
            assertThat(readiness.raw().body())
                    .contains("\"stoppedAtPosition\":" + position)
                    .contains("RecordTooLargeException");
        });
    }

    /** Every event before the stuck one is on the topic once, in order; none after it is. */
    private static void assertPublishedExactlyUpTo(String topic, long stuck) {
        List<ConsumerRecord<String, String>> records = TopicReader.readAll(
                TestInfrastructure.kafkaBootstrapServers(), topic, (int) stuck - 1, Duration.ofSeconds(20));
        List<Long> positions = records.stream()
                .map(r -> Long.parseLong(RelayTest.header(r, "ce_position")))
                .sorted()
                .toList();
        assertThat(positions)
                .containsExactlyElementsOf(
                        java.util.stream.LongStream.range(1, stuck).boxed().toList());
        List<Long> poisonVersions = records.stream()
                .filter(r -> r.key().equals("poison"))
                .map(r -> Long.parseLong(RelayTest.header(r, "ce_streamversion")))
                .toList();
        assertThat(poisonVersions).containsExactly(1L, 2L, 3L, 4L);
    }

    private static ListAppender<ILoggingEvent> captureRelayLog() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(KafkaRelay.class)).addAppender(appender);
        return appender;
    }
}
