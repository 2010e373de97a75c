package io.negotiationtracker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nt export against the running product: the file under the service's name, standard output, and refusals. */
class ExportCommandTest {
    static final String ID = "cli-export";

    @Test
    void writesTheFileUnderTheServicesNameOrToStandardOutput(@TempDir Path dir) throws Exception {
        CliRun.run("append", ID, Events.opened("Export talks")).succeeded();
        CliRun.run("append", ID, Events.deadlineSet("pause-end", "2025-07-09")).succeeded();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(CliRun.run("export", ID, "timeline", "-o", "-")
                                .succeeded()
                                .lines())
                        .hasSize(3));

        CliRun.run("export", ID, "deadlines", "--as-of", "2025-06-17", "-o", dir.toString())
                .succeeded();
        Path file = dir.resolve(ID + "-deadlines-2025-06-17.csv");
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).startsWith("deadlineId,title,deadlineClass,kind,dueOn,");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("pause-end,").contains(",set,,2025-07-09,");

        var ndjson = CliRun.run("export", ID, "timeline", "--format", "ndjson", "-o", "-")
                .succeeded();
        assertThat(ndjson.lines()).hasSize(2);
        assertThat(Json.parse(ndjson.lines().get(1), "line").path("type").asText())
                .isEqualTo("DeadlineSet");

        var unknown = CliRun.run("export", ID, "minutes", "-o", "-");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(unknown.err()).contains("400").contains("(field: dataset)");
        var tooLong = CliRun.run("export", ID, "tariffs", "--from", "2010-01-01", "--to", "2025-01-01", "-o", "-");
        assertThat(tooLong.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(tooLong.err()).contains("(field: to)");
    }
}
