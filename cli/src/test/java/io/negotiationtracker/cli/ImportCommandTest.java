package io.negotiationtracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.devstack.RepoLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void importsTheSeedOnceAndAgainWithoutDuplicates() {
        String seed = RepoLayout.find().seedFile().toString();
        var first = CliRun.run("import", seed).succeeded();
        assertThat(first.out()).contains("us-japan-tariffs-2025: 37 events, ").contains(" already there");

        var again = CliRun.run("import", seed, "--json").succeeded();
        var result = Json.parse(again.out(), "output").path("negotiations").get(0);
        assertThat(result.path("negotiationId").asText()).isEqualTo("us-japan-tariffs-2025");
        assertThat(result.path("stored").asInt()).isZero();
        assertThat(result.path("duplicates").asInt()).isEqualTo(37);
    }

    @Test
    void takesTheNegotiationFromTheOptionAndReadsAJsonArrayInBatches() throws Exception {
        Path file = Files.writeString(
                dir.resolve("events.json"),
                "[" + Events.opened("Array import") + "," + Events.deadlineSet("pause-end", "2025-07-09") + ","
                        + Events.statement("one") + "]");
        var run = CliRun.run("import", file.toString(), "--negotiation", "cli-import-array", "--batch-size", "2")
                .succeeded();
        assertThat(run.out().strip())
                .isEqualTo("cli-import-array: 3 events, 3 stored, 0 already there (stream version 3, last position "
                        + lastPosition(run) + ")");
    }

    @Test
    void aRefusedEventNamesItsLineAndField() throws Exception {
        Path file = Files.writeString(
                dir.resolve("bad.ndjson"),
                Events.opened("Refused") + "\n\n"
                        + Events.event(
                                "DeadlineChanged",
                                "2025-06-01",
                                "{\"deadlineId\":\"never-set\",\"previousDueOn\":\"2025-07-09\",\"dueOn\":\"2025-08-01\"}")
                        + "\n");
        var run = CliRun.run("import", file.toString(), "-n", "cli-import-refused");
        assertThat(run.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.err())
                .startsWith("nt import: ingest refused: 422")
                .contains("(field: [1].data.deadlineId)")
                .contains("at " + file + ":3");
    }

    @Test
    void aMalformedFileIsAUsageErrorWithItsLine() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.ndjson"), Events.opened("Broken") + "\n{\"type\": \n");
        var run = CliRun.run("import", file.toString(), "-n", "cli-import-broken");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(file + ":2: not JSON");
    }

    @Test
    void writingNeedsAValidToken() throws Exception {
        Path file = Files.writeString(dir.resolve("one.ndjson"), Events.opened("Tokens") + "\n");
        Map<String, String> withoutToken = new java.util.HashMap<>(CliStack.environment());
        withoutToken.remove("NT_TOKEN");
        var missing = CliRun.run(withoutToken, "import", file.toString(), "-n", "cli-import-token");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("--token TOKEN or set NT_TOKEN");

        var wrong =
                CliRun.run(withoutToken, "import", file.toString(), "-n", "cli-import-token", "--token", "not-a-token");
        assertThat(wrong.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(wrong.err()).contains("ingest refused: 401");
    }

    private static long lastPosition(CliRun run) {
        var m = java.util.regex.Pattern.compile("last position (\\d+)").matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
