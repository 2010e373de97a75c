package io.negotiationtracker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StatusCommandTest {
    static final String ID = "cli-status";

    @Test
    void showsTheStatusAsTextAndAsJsonAndAsOfADate() {
        CliRun.run("append", ID, Events.opened("Status talks")).succeeded();
        CliRun.run("append", ID, Events.deadlineSet("pause-end", "2025-07-09")).succeeded();
        CliRun.run(
                        "append",
                        ID,
                        Events.event(
                                "RoundHeld",
                                "2025-06-16",
                                "{\"roundId\":\"kananaskis\",\"level\":\"summit\",\"location\":\"Kananaskis\",\"outcome\":\"no_agreement\"}"))
                .succeeded();
        CliRun.run(
                        "append",
                        ID,
                        Events.event(
                                "DeadlineChanged",
                                "2025-07-07",
                                "{\"deadlineId\":\"pause-end\",\"previousDueOn\":\"2025-07-09\",\"dueOn\":\"2025-08-01\",\"reason\":\"extended\"}"))
                .succeeded();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var text = CliRun.run("status", ID).succeeded();
            assertThat(text.lines().get(0)).startsWith("Status talks (cli-status), version 4");
            assertThat(text.out())
                    .contains("Rounds held     1 (summit 1); last: summit in Kananaskis, 2025-06-16 (no_agreement)")
                    .contains(
                            "End of the pause (legal): due 2025-08-01 [extended 2025-07-09 -> 2025-08-01 on 2025-07-07]")
                    .contains("Next legal deadline none ahead");
        });
        var json = Json.parse(CliRun.run("status", ID, "--json").succeeded().out(), "output");
        assertThat(json.path("rounds").path("total").asInt()).isEqualTo(1);

        var before = CliRun.run("status", ID, "--as-of", "2025-06-01").succeeded();
        assertThat(before.out()).contains("Rounds held     0").contains("End of the pause (legal): due 2025-07-09");
    }

    @Test
    void anUnknownNegotiationIsRefusedAndABadDateNamesItsField() {
        var unknown = CliRun.run("status", "no-such-negotiation");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(unknown.err()).startsWith("nt status: projection refused: 404");

        CliRun.run("append", ID + "-dates", Events.opened("Dates")).succeeded();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var badDate = CliRun.run("status", ID + "-dates", "--as-of", "June");
            assertThat(badDate.exitCode()).isEqualTo(ExitCode.REFUSED);
            assertThat(badDate.err()).contains("400").contains("(field: asOf)");
        });
    }

    @Test
    void listShowsTheNegotiations() {
        CliRun.run("append", ID + "-listed", Events.opened("Listed talks")).succeeded();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(CliRun.run("list").succeeded().out())
                        .containsPattern("cli-status-listed\\s+Listed talks  \\(0 rounds, 0 open issues"));
    }
}
