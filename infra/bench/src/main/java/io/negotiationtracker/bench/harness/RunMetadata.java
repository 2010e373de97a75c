package io.negotiationtracker.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What a figure needs beside it to mean anything: when, on what machine, how loaded, at which commit, at which scale. */
public final class RunMetadata {
    private RunMetadata() {}

    public static void atStart(Results results, Scale scale, List<String> scenarios, Path repo) {
        results.meta("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        results.meta("scale", scale.name());
        results.meta("scenarios", String.join(",", scenarios));
        results.meta("cores", Runtime.getRuntime().availableProcessors());
        results.meta("cpu", firstLine(Path.of("/proc/cpuinfo"), "model name"));
        results.meta("memory", firstLine(Path.of("/proc/meminfo"), "MemTotal"));
        results.meta("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        results.meta("java", System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version"));
        results.meta(
                "git_commit",
                git(repo, "rev-parse", "HEAD")
                        + (git(repo, "status", "--porcelain").isBlank() ? "" : " (with uncommitted changes)"));
        results.meta("load_average_at_start", loadAverage());
    }

    public static void atEnd(Results results, long startNanos) {
        results.meta("load_average_at_end", loadAverage());
        results.meta("run_seconds", Math.round((System.nanoTime() - startNanos) / 1e9));
    }

    /** The 1, 5 and 15 minute load averages: above the core count, the figures were taken on a busy machine. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String firstLine(Path file, String prefix) {
        try (var lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(prefix))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String git(Path repo, String... args) {
        try {
            List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repo.toString()));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }
}
