package io.negotiationtracker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AlertsCommandTest {
    static final String ID = "cli-alerts";

    @Test
    void followsTheAlertOfAMovedDeadline() throws Exception {
        CliRun.run("append", ID, "[" + Events.opened("Alert talks") + "]").succeeded();
        var following = CliRun.start("alerts", "-n", ID, "--kind", "extended", "--follow", "--max", "1");
        CliRun.run("append", ID, Events.deadlineSet("pause-end", "2025-07-09")).succeeded();
        CliRun.run(
                        "append",
                        ID,
                        Events.event(
                                "DeadlineChanged",
                                "2025-07-07",
                                "{\"deadlineId\":\"pause-end\",\"previousDueOn\":\"2025-07-09\",\"dueOn\":\"2025-08-01\",\"reason\":\"extended\"}"))
                .succeeded();

        var followed = CliRun.await(following, Duration.ofSeconds(40)).succeeded();
        assertThat(followed.err())
                .as("followed over the SSE stream, not by polling")
                .doesNotContain("polling");
        assertThat(followed.lines())
                .singleElement()
                .asString()
                .matches("#\\d+ +extended +cli-alerts  .*\\(2025-07-09 -> 2025-08-01\\)");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var json = CliRun.run("alerts", "-n", ID, "--json").succeeded();
            assertThat(json.lines())
                    .anySatisfy(line -> assertThat(
                                    Json.parse(line, "line").path("kind").asText())
                            .isEqualTo("set"));
        });
    }
}
