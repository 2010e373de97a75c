package io.negotiationtracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppendCommandTest {
    static final String ID = "cli-append";

    @Test
    void appendsOneEventAndAcknowledgesARetryWithoutStoringItTwice() {
        CliRun.run("append", ID, Events.opened("Append")).succeeded();
        String statement = Events.statement("We spoke our hearts out")
                .replace("{\"type\"", "{\"eventId\":\"0b0e1a52-4a8e-4c6e-9d7f-1f2a3b4c5d6e\",\"type\"");
        var stored = CliRun.run("append", ID, statement).succeeded();
        assertThat(stored.out())
                .startsWith(
                        "Stored StatementMade 0b0e1a52-4a8e-4c6e-9d7f-1f2a3b4c5d6e in cli-append as version 2 (position ");

        var retried = CliRun.run("append", ID, statement).succeeded();
        assertThat(retried.out())
                .startsWith("StatementMade 0b0e1a52-4a8e-4c6e-9d7f-1f2a3b4c5d6e was already stored as version 2");
    }

    @Test
    void anExpectedVersionThatIsNotCurrentIsRefused() {
        String id = ID + "-concurrency";
        CliRun.run("append", id, Events.opened("Concurrency"), "--expected-version", "0")
                .succeeded();
        var stale = CliRun.run("append", id, Events.statement("late"), "--expected-version", "0");
        assertThat(stale.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(stale.err())
                .startsWith(
                        "nt append: ingest refused: 412 Precondition Failed: expected version 0 but the stream is at version 1");
        var json = CliRun.run("append", id, Events.statement("in time"), "--expected-version", "1", "--json")
                .succeeded();
        assertThat(Json.parse(json.out(), "output").path("streamVersion").asLong())
                .isEqualTo(2);
    }

    @Test
    void anInvalidEventIsRefusedNamingTheField() {
        var run = CliRun.run(
                "append",
                ID + "-invalid",
                Events.event("RoundHeld", "2025-06-31", "{\"roundId\":\"r1\",\"level\":\"summit\"}"));
        assertThat(run.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.err()).startsWith("nt append: ingest refused: 400").contains("(field: occurredOn)");
    }

    @Test
    void theEventAndTheCommandMustNameTheSameNegotiation() {
        var run = CliRun.run("append", ID, "{\"negotiationId\":\"another\",\"type\":\"StatementMade\"}");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("names negotiation 'another' but the command names 'cli-append'");
    }
}
