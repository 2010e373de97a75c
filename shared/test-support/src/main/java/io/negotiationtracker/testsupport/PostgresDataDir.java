package io.negotiationtracker.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What {@link Postgres} needs to know about a data directory besides starting a server on it. */
final class PostgresDataDir {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresDataDir.class);

    /** The lock file zonky's EmbeddedPostgres holds while it owns a data directory. */
    private static final String OWNER_LOCK = "epg-lock";

    private static final long STOP_WAIT_SECONDS = 60;
    private static final int LOG_TAIL_LINES = 25;

    private PostgresDataDir() {}

    /** Where initdb and the server write their output: {@code <dataDir>.log} beside the data directory. */
    static Path logFile(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".log");
    }

    /** The current size of {@link #logFile}, to read later only what was written after this point. */
    static long logSize(Path dataDir) {
        try {
            Path log = logFile(dataDir);
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * The last lines of {@link #logFile} written after byte {@code from}, ready to append to an error message, or
     * "" if there are none.
     */
    static String logTail(Path dataDir, long from) {
        Path log = logFile(dataDir);
        try {
            if (!Files.exists(log)) {
                return "";
            }
            byte[] all = Files.readAllBytes(log);
            int start = (int) Math.min(Math.max(0, from), all.length);
            String written = new String(all, start, all.length - start, StandardCharsets.UTF_8).strip();
            if (written.isEmpty()) {
                return "";
            }
            List<String> lines = written.lines().toList();
            List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
            return "\n--- last lines of " + log + " ---\n" + String.join("\n", tail);
        } catch (IOException | RuntimeException e) {
            return " (could not read " + log + ": " + e + ")";
        }
    }

    /** Whether something listens on {@code port} of 127.0.0.1 now. */
    static boolean portInUse(int port) {
        try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Stops a PostgreSQL server left running on {@code dataDir} by a process that died without stopping it
     * (killed JVM). The server is an orphan when its postmaster still runs but nobody holds the owner lock.
     *
     * @throws IllegalStateException if another live process owns the data directory, or the orphan does not stop
     */
    static void stopOrphanedServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = postmaster(pidFile);
        if (postmaster.isEmpty()) {
            return; // a stale pid file: PostgreSQL itself deals with it
        }
        // zonky holds this lock for as long as its JVM runs the server: if it can be had, the owner is gone.
        DirectoryLock owner = DirectoryLock.acquire(
                dataDir.resolve(OWNER_LOCK),
                "PostgreSQL data directory " + dataDir + " (server pid "
                        + postmaster.get().pid() + ")");
        try {
            LOG.warn(
                    "Stopping an orphaned PostgreSQL server (pid {}) left running on {}",
                    postmaster.get().pid(),
                    dataDir);
            stop(postmaster.get(), dataDir);
        } finally {
            owner.release();
        }
    }

    /**
     * After a start that failed half-way: stops a server that may run on the directory anyway (it started but did
     * not answer in time) and removes zonky's owner lock file, which the failed attempt still holds.
     */
    static void cleanUpFailedStart(Path dataDir) {
        try {
            Path pidFile = dataDir.resolve("postmaster.pid");
            if (Files.exists(pidFile)) {
                Optional<ProcessHandle> postmaster = postmaster(pidFile);
                if (postmaster.isPresent()) {
                    stop(postmaster.get(), dataDir);
                }
            }
            Files.deleteIfExists(dataDir.resolve(OWNER_LOCK));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not clean up after a failed PostgreSQL start on {}: {}", dataDir, e.toString());
        }
    }

    private static void stop(ProcessHandle postmaster, Path dataDir) throws IOException {
        long pid = postmaster.pid();
        fastShutdown(pid);
        boolean stopped = postmaster
                .onExit()
                .completeOnTimeout(null, STOP_WAIT_SECONDS, TimeUnit.SECONDS)
                .thenApply(p -> !postmaster.isAlive())
                .join();
        if (!stopped) {
            throw new IllegalStateException("The PostgreSQL server (pid " + pid + ") on " + dataDir
                    + " did not stop within " + STOP_WAIT_SECONDS + " s; stop it by hand (kill " + pid + ")");
        }
    }

    /** The live postmaster named by the pid file, if the pid is alive and is a PostgreSQL server. */
    private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p ->
                        p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
    }

    /** SIGINT: PostgreSQL's fast shutdown (ends sessions, writes a checkpoint). */
    private static void fastShutdown(long pid) throws IOException {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid))
                    .redirectErrorStream(true)
                    .start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                String out = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                throw new IOException("kill -INT " + pid + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL pid " + pid, e);
        }
    }
}
