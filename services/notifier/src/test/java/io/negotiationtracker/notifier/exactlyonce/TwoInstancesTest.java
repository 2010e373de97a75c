package io.negotiationtracker.notifier.exactlyonce;

import static org.awaitility.Awaitility.await;

import io.negotiationtracker.notifier.support.AlertTable;
import io.negotiationtracker.notifier.support.AlertsTopic;
import io.negotiationtracker.notifier.support.EventWriter;
import io.negotiationtracker.notifier.support.NotifierInstance;
import io.negotiationtracker.notifier.support.NotifierSetup;
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
        NotifierSetup setup = new NotifierSetup();
        var props = setup.properties(Scenario.TODAY);
        props.put("tracker.alerts.scan-interval", "50ms");
        var otherProps = new java.util.HashMap<>(props);
        if (separateGroups) otherProps.put("tracker.consumer-group", setup.group + "-b");
        var a = CompletableFuture.supplyAsync(() -> NotifierInstance.start(props));
        var b = CompletableFuture.supplyAsync(() -> NotifierInstance.start(otherProps));
        try (var one = a.join(); var two = b.join(); var events = new EventWriter(setup.eventsTopic)) {
            Scenario.write(events, "pair", 0, N);
            int expected = Scenario.expectedAlerts(N);
            await().atMost(Duration.ofSeconds(60)).until(() -> AlertTable.keys(setup.jdbcUrl).size() >= expected);
            await().atMost(Duration.ofSeconds(30)).until(() -> AlertsTopic.readAll(setup.alertsTopic).size() >= expected);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> AlertTable.keys(setup.jdbcUrl).size() == expected);
            RestartAndReplayTest.assertExactlyOnce(setup, expected);
        }
    }
}
