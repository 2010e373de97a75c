package io.negotiationtracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EventsCommandTest {
    static final String ID = "cli-events";

    @Test
    void printsTheStoredEventsAndFollowsNewOnesFromAPosition() throws Exception {
        CliRun.run("append", ID, Events.opened("Events talks")).succeeded();
        CliRun.run("append", ID, Events.statement("first")).succeeded();

        var stored = CliRun.run("events", "-n", ID, "--json").succeeded();
        assertThat(stored.lines()).hasSize(2);
        long last = Json.parse(stored.lines().get(1), "line").path("position").asLong();
        assertThat(CliRun.run("events", "-n", ID).succeeded().lines().get(1))
                .matches(
                        "#" + last + " +2025-06-16 cli-events v2  Shigeru Ishiba: \"first\"  \\[Test Wire, confirmed]");

        var following = CliRun.start("events", "-n", ID, "--after", Long.toString(last), "--follow", "--max", "2");
        CliRun.run("append", ID, Events.statement("second")).succeeded();
        CliRun.run("append", ID, Events.event("RoundHeld", "2025-06-17", "{\"roundId\":\"r2\",\"level\":\"working\"}"))
                .succeeded();
        var followed = CliRun.await(following, Duration.ofSeconds(30)).succeeded();
        assertThat(followed.err())
                .as("followed over the SSE stream, not by polling")
                .doesNotContain("polling");
        assertThat(followed.lines()).hasSize(2);
        assertThat(followed.lines().get(0)).contains("v3  Shigeru Ishiba: \"second\"");
        assertThat(followed.lines().get(1)).contains("v4  working round");
    }

    @Test
    void filtersByTypeAndItsJsonLinesImportElsewhere() {
        CliRun.run("append", ID + "-copy", Events.opened("Copied talks")).succeeded();
        CliRun.run("append", ID + "-copy", Events.statement("copied")).succeeded();
        var statements = CliRun.run("events", "-n", ID + "-copy", "--type", "StatementMade")
                .succeeded();
        assertThat(statements.lines()).singleElement().asString().contains("\"copied\"");

        String ndjson =
                CliRun.run("events", "-n", ID + "-copy", "--json").succeeded().out();
        var again = CliRun.run("append", ID + "-copy", ndjson.lines().toList().get(1))
                .succeeded();
        assertThat(again.out()).contains("was already stored as version 2");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        var negative = CliRun.run("events", "--after", "-1");
        assertThat(negative.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(negative.err()).contains("--after must be 0 or more");
        var unknownType = CliRun.run("events", "--type", "Nonsense");
        assertThat(unknownType.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(unknownType.err()).contains("ingest refused: 400").contains("(field: type)");
    }
}
