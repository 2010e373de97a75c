package io.negotiationtracker.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A JVM started by the dev stack, logging to a file; it exits by itself if the dev stack dies (parent watch). */
public final class ChildProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static ChildProcess startJava(
            String name,
            List<String> jvmOptions,
            String classpath,
            String mainClass,
            Map<String, String> systemProperties,
            List<String> args,
            Path logDir) {
        String java = ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        // A JVM crash report beside the log (not in the working directory, where nobody looks for it).
        command.add("-XX:ErrorFile=" + logDir.toAbsolutePath().resolve(name + "-hs_err-%p.log"));
        command.addAll(List.of(
                "--enable-native-access=ALL-UNNAMED",
                "-Dtracker.parent-pid=" + ProcessHandle.current().pid()));
        systemProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(args);
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(name + ".log");
            // A restarted process appends to the same log: a line marks where each start begins.
            Files.writeString(
                    log,
                    "---- " + name + " started at " + Instant.now() + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new ChildProcess(name, p, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /**
     * The last {@code lines} lines of the log, read leniently: bytes that are not UTF-8 (a JVM's crash output, a line cut
     * by a kill) are shown as replacement characters instead of hiding the whole log, which {@code Files.readAllLines}
     * did ("no log: Input length = 1"). A missing or empty log is said so, with its path.
     */
    public String tail(int lines) {
        return tailOf(log, lines);
    }

    static String tailOf(Path log, int lines) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(log);
        } catch (IOException e) {
            return "(no log at " + log + ": " + e + ")";
        }
        if (bytes.length == 0) return "(the log " + log + " is empty: the process wrote nothing before it ended)";
        List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** Whether the log of this process's latest start contains {@code text} (e.g. a bind failure). */
    public boolean logMentions(String text) {
        String all = tailOf(log, 100_000);
        int start = all.lastIndexOf("---- " + name + " started at ");
        return all.substring(Math.max(0, start)).contains(text);
    }

    /**
     * Why the process is gone, for a failure message: its exit status (a status above 128 is a signal: 137 is SIGKILL,
     * from the kernel's out-of-memory killer or a kill -9 from outside, 143 SIGTERM), where its log and a JVM crash
     * report would be, and the log's last {@code lines} lines. Waits up to 5 s for the status if it is still ending.
     */
    public String exitReport(int lines) {
        String status;
        try {
            status = process.waitFor(5, TimeUnit.SECONDS) ? describe(process.exitValue()) : "still ending";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = "unknown (interrupted)";
        }
        return name + " (pid " + process.pid() + ") exited with " + status + "; its log " + log
                + (Files.exists(crashReport()) ? ", JVM crash report " + crashReport() : "") + ":\n" + tail(lines);
    }

    private static String describe(int exit) {
        return switch (exit) {
            case 137 -> "status 137 (SIGKILL: the out-of-memory killer or a kill -9 from outside)";
            case 143 -> "status 143 (SIGTERM)";
            case 134 -> "status 134 (SIGABRT: a JVM crash)";
            default -> exit > 128 ? "status " + exit + " (signal " + (exit - 128) + ")" : "status " + exit;
        };
    }

    private Path crashReport() {
        return log.resolveSibling(name + "-hs_err-" + process.pid() + ".log");
    }

    /** SIGKILL, no shutdown hooks (the fault tests' kill -9), then waits until the process is gone. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            // Until it is really gone (its port and files free for the instance started in its place), within reason.
            if (!process.waitFor(60, TimeUnit.SECONDS))
                throw new IllegalStateException(name + " (pid " + process.pid() + ") still runs 60 s after SIGKILL");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the process to stop (SIGTERM), then kills it and its descendants if it has not stopped within 15 s. */
    @Override
    public void close() {
        close(Duration.ofSeconds(15));
    }

    /**
     * SIGTERM, then SIGKILL if it has not stopped within {@code grace} (a broker's controlled shutdown on a loaded machine
     * takes longer than a service's); returns once the process is gone.
     */
    public void close(Duration grace) {
        if (!process.isAlive()) return;
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
