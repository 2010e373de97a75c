package io.negotiationtracker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.negotiationtracker.devstack.RepoLayout;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BacktestCommandTest {
    static final String SEED = "us-japan-tariffs-2025";

    @Test
    void printsWhatTheLegalDeadlinePolicyWouldHaveSentFromTheSeedAndWhatItHeldBack() {
        CliRun.run("import", RepoLayout.find().seedFile().toString()).succeeded();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var run = CliRun.run("backtest", SEED, "--from", "2025-04-01", "--to", "2025-07-31");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.lines()).last().asString().startsWith("6 sent, 16 held back, 2025-04-01 to 2025-07-31");
        });
        var sent = CliRun.run("backtest", SEED, "--from", "2025-04-01", "--to", "2025-07-31", "--sent-only")
                .succeeded();
        assertThat(sent.lines()).hasSize(7);
        assertThat(sent.lines().get(4))
                .matches("2025-07-09  due_today +reciprocal-tariff-pause-end \\[legal\\] +due 2025-07-09 +sent");
        var targets = CliRun.run(
                        "backtest",
                        SEED,
                        "--from",
                        "2025-06-01",
                        "--to",
                        "2025-07-31",
                        "--classes",
                        "target",
                        "--kinds",
                        "target_missed")
                .succeeded();
        assertThat(targets.out())
                .containsPattern(
                        "2025-07-11  target_missed +conclude-negotiations-early-july \\[target\\] +due 2025-07-early +sent");
        var json = Json.parse(
                CliRun.run("backtest", SEED, "--from", "2025-07-01", "--to", "2025-07-10", "--json")
                        .succeeded()
                        .out(),
                "output");
        assertThat(json.path("sent").asInt()).isEqualTo(4);
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefusedNamingTheField() {
        var run = CliRun.run("backtest", SEED, "--from", "2025-07-31", "--to", "2025-04-01");
        assertThat(run.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.err()).contains("400").contains("(field: to)");
    }
}
