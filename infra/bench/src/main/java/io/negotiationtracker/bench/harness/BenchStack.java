package io.negotiationtracker.bench.harness;

import io.negotiationtracker.devstack.DevStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;

/**
 * The stack a run measures, on embedded defaults and free ports in a temporary directory. The dev stack gives each
 * process 90 s to be ready, which a machine busy with other work can exceed, so a failed start is tried once more
 * (noted in meta). When the run ends, the services' and broker's logs are kept in {@code logsTo} and the data (database,
 * broker log: gigabytes at full scale) is deleted.
 */
public final class BenchStack implements AutoCloseable {
    private final Path dir = Files.createTempDirectory("nt-bench");
    private final Path logsTo;
    private Path attempt;

    public BenchStack(Path logsTo) throws IOException {
        this.logsTo = logsTo;
    }

    public DevStack start(Results results) {
        try {
            return DevStack.start(options(attempt = dir.resolve("attempt-1")));
        } catch (RuntimeException first) {
            System.out.println("the stack did not start (" + firstLine(first) + "); trying once more");
            results.meta("stack_first_start_failed", firstLine(first));
            return DevStack.start(options(attempt = dir.resolve("attempt-2")));
        }
    }

    /** The alert scenario's webhook receiver listens on loopback, which the notifier reaches only when allowed. */
    private static DevStack.Options options(Path dir) {
        return DevStack.Options.forTests(dir).with(Map.of("notifier@tracker.webhooks.allow-private", "127.0.0.0/8"));
    }

    public static String firstLine(Throwable e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }

    @Override
    public void close() {
        if (attempt != null && Files.isDirectory(attempt.resolve("logs"))) {
            try (var logs = Files.list(attempt.resolve("logs"))) {
                Files.createDirectories(logsTo);
                for (Path log : logs.toList())
                    Files.copy(log, logsTo.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                System.out.println("could not keep the logs: " + e.getMessage());
            }
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.out.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
