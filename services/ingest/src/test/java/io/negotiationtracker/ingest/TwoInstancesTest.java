package io.negotiationtracker.ingest;

import static io.negotiationtracker.ingest.Events.opened;
import static io.negotiationtracker.ingest.Events.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.negotiationtracker.ingest.relay.KafkaRelay;
import io.negotiationtracker.ingest.test.IngestFixture;
import io.negotiationtracker.testsupport.TestInfrastructure;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Two ingest instances on one store: both take writes, one relay publishes, the topic holds every event once. */
class TwoInstancesTest {
    @Test
    void onlyOneRelayPublishesAndNothingIsDuplicated() {
        IngestFixture.Builder app = IngestFixture.fresh("two");
        try (IngestFixture a = app.start();
                IngestFixture b = app.start()) {
            Api apiA = new Api(a.url());
            Api apiB = new Api(b.url());
            assertThat(apiA.append("two-a", opened(UUID.randomUUID())).status()).isEqualTo(201);
            assertThat(apiB.append("two-b", opened(UUID.randomUUID())).status()).isEqualTo(201);
            for (int i = 0; i < 40; i++) {
                assertThat(apiA.append(i % 2 == 0 ? "two-a" : "two-b", statement(null, "via a " + i))
                                .status())
                        .isEqualTo(201);
                assertThat(apiB.append(i % 2 == 0 ? "two-b" : "two-a", statement(null, "via b " + i))
                                .status())
                        .isEqualTo(201);
            }
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> a.bean(KafkaRelay.class).lag() == 0
                            && b.bean(KafkaRelay.class).lag() == 0);
            var records = TopicReader.readAll(
                    TestInfrastructure.kafkaBootstrapServers(), a.topic(), 82, Duration.ofSeconds(30));
            assertThat(records).hasSize(82);
            assertThat(records.stream().map(r -> RelayTest.header(r, "ce_id")).distinct())
                    .hasSize(82);
        }
    }
}
