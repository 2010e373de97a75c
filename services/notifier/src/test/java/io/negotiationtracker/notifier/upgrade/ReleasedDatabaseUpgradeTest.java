package io.negotiationtracker.notifier.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.negotiationtracker.notifier.support.AlertTable;
import io.negotiationtracker.notifier.support.AlertsTopic;
import io.negotiationtracker.notifier.support.EventWriter;
import io.negotiationtracker.notifier.support.NotifierFixture;
import io.negotiationtracker.testsupport.TestInfrastructure;
import java.time.Duration;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A database migrated by the released notifier (its own migrations only: they created consumer_offsets and
 * dead_letters themselves, and there is no platform history yet) is served by this one: it starts without a checksum
 * error, the platform's migration finds its tables there, and events flow through them to an alert on the topic.
 */
class ReleasedDatabaseUpgradeTest {
    @Test
    void aDatabaseMigratedByTheReleasedNotifierStartsWithoutAChecksumErrorAndKeepsWorking() {
        NotifierFixture app = NotifierFixture.fresh().today("2025-07-02").with("tracker.alerts.scan-interval", "1h");
        Flyway.configure()
                .dataSource(app.jdbcUrl(), TestInfrastructure.jdbcUser(), TestInfrastructure.jdbcPassword())
                .schemas("notifier")
                .defaultSchema("notifier")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        assertThat(history(app)).as("as released: no platform history").isEmpty();
        AlertTable.strings(
                app.jdbcUrl(),
                "insert into notifier.dead_letters (consumer, topic, partition, record_offset, reason) "
                        + "values ('released', 'topic', 0, 7, 'kept by the release') returning id");

        try (var notifier = app.start();
                var events = new EventWriter(app.eventsTopic())) {
            events.set("upgraded", "pause-end", "2025-08-01");
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> AlertsTopic.readAll(app.alertsTopic()).size() == 1);
            assertThat(history(app)).containsExactly("0:true", "1:true");
            assertThat(AlertTable.strings(
                            app.jdbcUrl(),
                            "select sum(next_offset) from notifier.consumer_offsets where consumer = '" + app.group()
                                    + "'"))
                    .containsExactly("1");
            assertThat(AlertTable.strings(app.jdbcUrl(), "select reason from notifier.dead_letters"))
                    .containsExactly("kept by the release");
        }
    }

    private static List<String> history(NotifierFixture app) {
        if (AlertTable.strings(app.jdbcUrl(), "select to_regclass('notifier.platform_schema_history')")
                        .get(0)
                == null) return List.of();
        return AlertTable.strings(
                app.jdbcUrl(),
                "select version || ':' || success from notifier.platform_schema_history "
                        + "where version is not null order by installed_rank");
    }
}
