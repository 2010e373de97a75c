package io.negotiationtracker.cli;

import io.negotiationtracker.devstack.DevStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** One running product (PostgreSQL, Kafka, the three services as processes) shared by the CLI tests, stopped at JVM exit. */
final class CliStack {
    private static DevStack stack;

    private CliStack() {}

    static synchronized DevStack get() {
        if (stack == null) {
            try {
                stack = DevStack.start(DevStack.Options.forTests(Files.createTempDirectory("nt-cli")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            DevStack started = stack;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-cli-stack"));
        }
        return stack;
    }

    /** The environment a user would set: the services' URLs and a writer token. */
    static Map<String, String> environment() {
        DevStack s = get();
        return Map.of(
                "NT_INGEST_URL",
                s.ingestUrl(),
                "NT_PROJECTION_URL",
                s.projectionUrl(),
                "NT_NOTIFIER_URL",
                s.notifierUrl(),
                "NT_TOKEN",
                s.writerToken());
    }
}
