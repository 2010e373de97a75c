package io.negotiationtracker.ingest;

import static io.negotiationtracker.ingest.Events.opened;
import static io.negotiationtracker.ingest.Events.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.negotiationtracker.ingest.relay.KafkaRelay;
import io.negotiationtracker.ingest.test.IngestFixture;
import io.negotiationtracker.testsupport.FreePort;
import io.negotiationtracker.testsupport.KafkaBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The broker goes away: ingest keeps accepting writes; when it is back, the relay catches up, losing and duplicating nothing. */
class BrokerOutageTest {
    @Test
    void writesGoOnWhileTheBrokerIsDownAndTheTopicCatchesUpExactlyOnce() throws Exception {
        Path dir = Files.createTempDirectory("nt-outage-broker");
        int[] ports = FreePort.find(2);
        KafkaBroker broker = KafkaBroker.start(dir, ports);
        try (IngestFixture ingest = IngestFixture.fresh("outage")
                .with("kafka.bootstrap-servers", broker.bootstrapServers())
                .start()) {
            Api api = new Api(ingest.url());
            KafkaRelay relay = ingest.bean(KafkaRelay.class);
            assertThat(api.append("outage", opened(UUID.randomUUID())).status()).isEqualTo(201);
            for (int i = 0; i < 20; i++)
                assertThat(api.append("outage", statement(null, "before " + i)).status())
                        .isEqualTo(201);
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.lag() == 0);

            broker.close();
            for (int i = 0; i < 30; i++)
                assertThat(api.append("outage", statement(null, "during " + i)).status())
                        .isEqualTo(201);
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.lag() == 30 && relay.failures() > 0);

            broker = KafkaBroker.start(dir, ports);
            for (int i = 0; i < 10; i++)
                assertThat(api.append("outage", statement(null, "after " + i)).status())
                        .isEqualTo(201);
            await().atMost(Duration.ofSeconds(60)).until(() -> relay.lag() == 0);

            var records = TopicReader.readAll(broker.bootstrapServers(), ingest.topic(), 61, Duration.ofSeconds(30));
            assertThat(records).hasSize(61);
            assertThat(records.stream()
                            .map(r -> RelayTest.header(r, "ce_streamversion"))
                            .map(Long::parseLong)
                            .toList())
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 61)
                            .boxed()
                            .toList());
        } finally {
            broker.close();
        }
    }
}
