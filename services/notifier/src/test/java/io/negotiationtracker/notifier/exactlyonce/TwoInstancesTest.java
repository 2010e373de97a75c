package io.negotiationtracker.notifier.exactlyonce;

import static org.awaitility.Awaitility.await;

import io.negotiationtracker.notifier.support.AlertTable;
import io.negotiationtracker.notifier.support.AlertsTopic;
import io.negotiationtracker.notifier.support.EventWriter;
import io.negotiationtracker.notifier.support.NotifierFixture;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Two notifier instances on one database, scanning the same days at once: in one consumer group, or each reading everything. */
class TwoInstancesTest {
    static final int N = 30;

    @Test
    void twoInstancesInOneConsumerGroupRecordAndPublishEachAlertOnce() {
        run(false);
    }

    @Test
    void twoInstancesInDifferentGroupsBothReadingEverythingRecordEachAlertOnce() {
        run(true);
    }

    private void run(boolean separateGroups) {
        NotifierFixture app =
                NotifierFixture.fresh().today(Scenario.TODAY).with("tracker.alerts.scan-interval", "50ms");
        NotifierFixture other = separateGroups ? app.with("tracker.consumer-group", app.group() + "-b") : app;
        var a = CompletableFuture.supplyAsync(app::start);
        var b = CompletableFuture.supplyAsync(other::start);
        try (var one = a.join();
                var two = b.join();
                var events = new EventWriter(app.eventsTopic())) {
            Scenario.write(events, "pair", 0, N);
            int expected = Scenario.expectedAlerts(N);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> AlertTable.keys(app.jdbcUrl()).size() >= expected);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> AlertsTopic.readAll(app.alertsTopic()).size() >= expected);
            await().during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> AlertTable.keys(app.jdbcUrl()).size() == expected);
            RestartAndReplayTest.assertExactlyOnce(app, expected);
        }
    }
}
