package io.negotiationtracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.testsupport.FreePort;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exit codes and messages when the command line is wrong or a service is not there; no service is needed. */
class FailuresTest {
    @Test
    void anUnreachableServiceExitsWithThree() {
        String nobody = "http://127.0.0.1:" + FreePort.find();
        var run = CliRun.run(Map.of(), "list", "--projection-url", nobody);
        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREACHABLE);
        assertThat(run.err()).startsWith("nt list: cannot reach projection at " + nobody + ": ");
    }

    @Test
    void theEnvironmentNamesTheServices() {
        String nobody = "http://127.0.0.1:" + FreePort.find();
        var run = CliRun.run(Map.of("NT_NOTIFIER_URL", nobody), "alerts");
        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREACHABLE);
        assertThat(run.err()).contains("cannot reach notifier at " + nobody);
    }

    @Test
    void usageErrorsExitWithOne() {
        assertThat(CliRun.run(Map.of()).exitCode()).isEqualTo(ExitCode.USAGE);
        var missing = CliRun.run(Map.of(), "status");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("Missing required parameter: 'NEGOTIATION'");
        var badUrl = CliRun.run(Map.of(), "list", "--projection-url", "localhost:8082");
        assertThat(badUrl.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(badUrl.err()).contains("--projection-url must be an http(s) URL");
    }

    @Test
    void appendTakesTheEventOnceEitherWay() {
        var neither = CliRun.run(Map.of(), "append", "some-talks");
        assertThat(neither.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(neither.err()).contains("either as an argument or with --file, not neither");
        var both = CliRun.run(Map.of(), "append", "some-talks", "{}", "--file", "events.json");
        assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(both.err()).contains("not both");
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        var help = CliRun.run(Map.of(), "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out())
                .contains("import", "append", "status", "list", "events", "alerts", "3 a service could not be reached");
    }
}
