package io.negotiationtracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the CLI in this JVM exactly as main does, capturing stdout, stderr and the exit code. */
record CliRun(int exitCode, String out, String err) {
    static CliRun run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Nt.run(args, environment, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun run(String... args) {
        return run(CliStack.environment(), args);
    }

    /** Starts a command that may run for a while (--follow); join it with {@link #await}. */
    static CompletableFuture<CliRun> start(String... args) {
        Map<String, String> env = CliStack.environment();
        return CompletableFuture.supplyAsync(() -> run(env, args));
    }

    static CliRun await(CompletableFuture<CliRun> running, Duration within) throws Exception {
        return running.get(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    List<String> lines() {
        return out.lines().toList();
    }

    CliRun succeeded() {
        assertThat(exitCode)
                .as("exit code; stderr: " + err + "; stdout: " + out)
                .isZero();
        return this;
    }
}
