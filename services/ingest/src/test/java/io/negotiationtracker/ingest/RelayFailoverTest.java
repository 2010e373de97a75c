package io.negotiationtracker.ingest;

import static io.negotiationtracker.ingest.Events.opened;
import static io.negotiationtracker.ingest.Events.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.negotiationtracker.ingest.relay.KafkaRelay;
import io.negotiationtracker.ingest.test.IngestFixture;
import io.negotiationtracker.testsupport.TestInfrastructure;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Two instances; while writes flow, the publishing leader's lock session is killed (pg_terminate_backend), so the other
 * instance takes the leadership while the first may still be mid-batch. The topic must still hold every event once,
 * each negotiation's versions 1..n in order.
 */
class RelayFailoverTest {
    private static final List<String> NEGOTIATIONS = List.of("failover-a", "failover-b", "failover-c");

    @Test
    void killingTheLeadersLockSessionMidStreamLeavesNoDuplicateAndNoReordering() throws Exception {
        IngestFixture.Builder app = IngestFixture.fresh("failover");
        try (IngestFixture a = app.start();
                IngestFixture b = app.start()) {
            List<Api> apis = List.of(new Api(a.url()), new Api(b.url()));
            for (String id : NEGOTIATIONS)
                assertThat(apis.get(0).append(id, opened(UUID.randomUUID())).status())
                        .isEqualTo(201);
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger written = new AtomicInteger(NEGOTIATIONS.size());
            Thread writer = Thread.ofPlatform().start(() -> {
                for (int i = 0; writing.get(); i++) {
                    Api api = apis.get(i % 2);
                    if (api.append(NEGOTIATIONS.get(i % 3), statement(null, "statement " + i))
                                    .status()
                            == 201) written.incrementAndGet();
                }
            });
            try {
                for (int kill = 0; kill < 3; kill++) {
                    int before = written.get();
                    await().atMost(Duration.ofSeconds(30)).until(() -> written.get() > before + 40);
                    // Right after a failover the new leader may not hold the lock yet: wait until there is a session to
                    // end.
                    await().atMost(Duration.ofSeconds(30))
                            .pollInterval(Duration.ofMillis(100))
                            .until(() -> terminateLeaderLockSession(app.properties()));
                }
                await().atMost(Duration.ofSeconds(30)).until(() -> written.get() > 200);
            } finally {
                writing.set(false);
                writer.join();
            }
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> a.bean(KafkaRelay.class).lag() == 0
                            && b.bean(KafkaRelay.class).lag() == 0);

            var records = TopicReader.readAll(
                    TestInfrastructure.kafkaBootstrapServers(), a.topic(), written.get(), Duration.ofSeconds(30));
            assertThat(records).hasSize(written.get());
            assertThat(records.stream().map(r -> RelayTest.header(r, "ce_id")).distinct())
                    .hasSize(written.get());
            Map<String, List<Long>> versions = records.stream()
                    .collect(Collectors.groupingBy(
                            r -> r.key(),
                            Collectors.mapping(
                                    r -> Long.parseLong(RelayTest.header(r, "ce_streamversion")),
                                    Collectors.toList())));
            versions.values()
                    .forEach(v -> assertThat(v)
                            .containsExactlyElementsOf(
                                    LongStream.rangeClosed(1, v.size()).boxed().toList()));
        }
    }

    /** Ends the session holding the relay's advisory lock, as a network cut or a DBA would; true if there was one. */
    private static boolean terminateLeaderLockSession(Map<String, Object> props) throws Exception {
        try (Connection c = DirectRows.connect(props);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and granted "
                                + "and database = (select oid from pg_database where datname = current_database())")) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}
