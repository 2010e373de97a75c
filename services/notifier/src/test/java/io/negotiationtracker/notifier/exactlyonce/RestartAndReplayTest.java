package io.negotiationtracker.notifier.exactlyonce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.negotiationtracker.notifier.support.AlertTable;
import io.negotiationtracker.notifier.support.AlertsTopic;
import io.negotiationtracker.notifier.support.EventWriter;
import io.negotiationtracker.notifier.support.NotifierFixture;
import io.negotiationtracker.notifier.support.WebhookReceiver;
import io.negotiationtracker.testsupport.http.Http;
import java.time.Duration;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** A notifier stopped in the middle of its work and started again on the same database, then a full topic replay: no alert twice. */
class RestartAndReplayTest {
    static final int N = 40;

    @Test
    void aRestartInTheMiddleAndAFullReplayRecordAndPublishEachAlertOnce() throws Exception {
        NotifierFixture app =
                NotifierFixture.fresh().today(Scenario.TODAY).with("tracker.alerts.scan-interval", "100ms");
        try (var events = new EventWriter(app.eventsTopic());
                var receiver = new WebhookReceiver(n -> 200)) {
            var first = app.start();
            Http.postAs(
                    NotifierFixture.writerToken(),
                    first.url() + "/api/subscriptions",
                    "{\"url\":\"" + receiver.url() + "\",\"secret\":\"restart-secret-0123456789\"}");
            Scenario.write(events, "restart", 0, N / 2);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> AlertTable.keys(app.jdbcUrl()).size() >= 5);
            Scenario.write(events, "restart", N / 2, N);
            first.close();

            try (var second = app.start()) {
                int expected = Scenario.expectedAlerts(N);
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> AlertTable.keys(app.jdbcUrl()).size() >= expected);
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> AlertsTopic.readAll(app.alertsTopic()).size() >= expected);
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> receiver.received().size() >= expected);
                await().during(Duration.ofSeconds(2))
                        .atMost(Duration.ofSeconds(5))
                        .until(() -> AlertTable.keys(app.jdbcUrl()).size() == expected);
                assertExactlyOnce(app, expected);
                assertThat(AlertTable.strings(
                                app.jdbcUrl(),
                                "select count(*) from notifier.webhook_deliveries where status = 'delivered'"))
                        .containsExactly(Integer.toString(expected));
            }

            try (var replay =
                    app.with("tracker.consumer-group", app.group() + "-replay").start()) {
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> AlertTable.strings(
                                        app.jdbcUrl(),
                                        "select coalesce(sum(next_offset), 0) from notifier.consumer_offsets where consumer = '"
                                                + app.group() + "-replay'")
                                .get(0)
                                .equals(Long.toString(events.written())));
                assertExactlyOnce(app, Scenario.expectedAlerts(N));
            }
        }
    }

    static void assertExactlyOnce(NotifierFixture app, int expected) {
        var keys = AlertTable.keys(app.jdbcUrl());
        assertThat(keys).hasSize(expected);
        assertThat(new HashSet<>(keys)).hasSize(expected);
        assertThat(
                        AlertTable.strings(
                                app.jdbcUrl(),
                                "select string_agg(kind, ',' order by kind) from (select distinct kind from notifier.alerts) k"))
                .containsExactly("advanced,approaching,set");
        var published = AlertsTopic.readAll(app.alertsTopic());
        assertThat(published).hasSize(expected);
        assertThat(published.stream().map(AlertsTopic.Published::seq).distinct().count())
                .isEqualTo(expected);
    }
}
