package io.negotiationtracker.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server owned by the project (zonky's embedded PostgreSQL binaries), listening on a free
 * port of 127.0.0.1 with its data in a directory of the caller's choosing.
 *
 * <p>Authentication is {@code trust} for the superuser {@code postgres}: any password is accepted. The output of
 * initdb and of the server goes to {@code <dataDir>.log}, beside the data directory.
 *
 * <p>PostgreSQL refuses to run as root. When this JVM runs as root, zonky starts initdb, pg_ctl and the server
 * under {@code unshare -U}: in that new user namespace they run as {@code nobody}, while on disk the files
 * still belong to root. That needs the {@code unshare} command and the right to create user namespaces (a
 * container's seccomp profile may deny it); without them the start fails with a message saying so.
 */
public final class Postgres implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Postgres.class);

    static final String HOST = "127.0.0.1";
    private static final String USER = "postgres";
    private static final String PASSWORD = "postgres";
    private static final int START_ATTEMPTS = 3;
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres server;
    private final Path dataDir;
    private final Duration startupTime;
    private final Thread shutdownHook;
    private boolean closed;

    private Postgres(EmbeddedPostgres server, Path dataDir, Duration startupTime) {
        this.server = server;
        this.dataDir = dataDir;
        this.startupTime = startupTime;
        // The server is a separate process: stop it when this JVM exits, even if nobody calls close().
        this.shutdownHook = new Thread(this::stop, "postgres-" + server.getPort() + "-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts PostgreSQL with the binaries unpacked under {@link #defaultBinariesDir()}.
     *
     * @param dataDir  the data directory (PGDATA); created if missing
     * @param keepData true: reuse a database cluster already in {@code dataDir} and keep it on close (a persistent
     *                 dev database); false: start from an empty cluster and delete {@code dataDir} on close
     * @param durable  true: {@code fsync=on}, {@code synchronous_commit=on}, {@code full_page_writes=on}, so that a
     *                 committed transaction survives a crash; false: all three off (faster, for tests)
     */
    public static Postgres start(Path dataDir, boolean keepData, boolean durable) {
        return start(dataDir, defaultBinariesDir(), keepData, durable);
    }

    /** Like {@link #start(Path, boolean, boolean)}, unpacking the PostgreSQL binaries under {@code binariesDir}. */
    public static Postgres start(Path dataDir, Path binariesDir, boolean keepData, boolean durable) {
        return start(dataDir, binariesDir, keepData, durable, 0);
    }

    /**
     * Starts (or restarts, with keepData) the server on a fixed port, e.g. to bring a stopped database back where its
     * clients expect it in a fault test; port 0 picks a free one.
     */
    public static Postgres startOnPort(Path dataDir, boolean keepData, boolean durable, int port) {
        return start(dataDir, defaultBinariesDir(), keepData, durable, port);
    }

    private static Postgres start(Path dataDir, Path binariesDir, boolean keepData, boolean durable, int fixedPort) {
        long begin = System.nanoTime();
        Path dir = dataDir.toAbsolutePath().normalize();
        Path bin = binariesDir.toAbsolutePath().normalize();
        try {
            PostgresDataDir.stopOrphanedServer(dir);
            Files.createDirectories(bin);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not prepare the PostgreSQL data directory " + dir + " or binaries directory " + bin, e);
        }

        RuntimeException lastFailure = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            int port = fixedPort > 0 ? fixedPort : FreePort.find();
            String where = "PostgreSQL on " + HOST + ":" + port + " (data dir " + dir + ", binaries under " + bin + ")";
            prepareDataDir(dir, keepData);
            long logStart = PostgresDataDir.logSize(dir);
            try {
                EmbeddedPostgres server =
                        builder(dir, bin, port, keepData, durable).start();
                Duration took = Duration.ofNanos(System.nanoTime() - begin);
                LOG.info("{} ready in {} ms", where, took.toMillis());
                return new Postgres(server, dir, took);
            } catch (IOException | RuntimeException e) {
                String tail = PostgresDataDir.logTail(dir, logStart);
                String hint = tail.contains("as root")
                        ? "\nHint: this JVM runs as root and PostgreSQL refuses root;"
                                + " zonky runs it under 'unshare -U', which failed or is missing here."
                                + " Run as another user, or allow user namespaces."
                        : "";
                lastFailure =
                        new IllegalStateException("Could not start " + where + ": " + e.getMessage() + tail + hint, e);
                PostgresDataDir.cleanUpFailedStart(dir);
                if (fixedPort == 0 && PostgresDataDir.portInUse(port) && attempt < START_ATTEMPTS) {
                    LOG.warn("{}; the port was taken meanwhile, trying another", lastFailure.getMessage());
                    continue;
                }
                throw lastFailure;
            }
        }
        throw lastFailure;
    }

    private static void prepareDataDir(Path dir, boolean keepData) {
        try {
            if (!keepData) {
                FileUtil.deleteContents(dir); // initdb wants an empty directory
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the PostgreSQL data directory " + dir, e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path dir, Path bin, int port, boolean keepData, boolean durable) {
        String onOff = durable ? "on" : "off";
        return EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setOverrideWorkingDirectory(bin.toFile())
                .setCleanDataDirectory(!keepData)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("listen_addresses", HOST)
                // No Unix socket: nothing in /tmp, no clash with another server; clients use TCP.
                .setServerConfig("unix_socket_directories", "''")
                .setServerConfig("fsync", onOff)
                .setServerConfig("synchronous_commit", onOff)
                .setServerConfig("full_page_writes", onOff)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(
                        PostgresDataDir.logFile(dir).toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(
                        PostgresDataDir.logFile(dir).toFile()));
    }

    /**
     * Where the binaries are unpacked unless told otherwise: {@code nt.postgres.binaries.dir} if set, else
     * {@code <java.io.tmpdir>/negotiation-tracker/embedded-postgres}, shared by all runs so that the unpacking
     * (a few seconds) happens once per machine.
     */
    public static Path defaultBinariesDir() {
        String configured = System.getProperty("nt.postgres.binaries.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "negotiation-tracker", "embedded-postgres");
    }

    /** The JDBC URL of {@code database} on this server, like {@code jdbc:postgresql://127.0.0.1:40123/orders}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + port() + "/" + database;
    }

    /** The superuser, {@code postgres}. */
    public String user() {
        return USER;
    }

    /** A password for {@link #user()}; the server trusts local connections, so any password works. */
    public String password() {
        return PASSWORD;
    }

    public int port() {
        return server.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** How long {@link #start} took, from the call until the server answered a query. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Opens a connection to {@code database} as {@link #user()}. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, PASSWORD);
    }

    /**
     * Creates the database unless it exists.
     *
     * @param name lower-case letters, digits and underscores, starting with a letter or underscore, at most 63
     */
    public void createDatabaseIfMissing(String name) {
        Databases.createIfMissing(jdbcUrl("postgres"), USER, PASSWORD, name);
    }

    /**
     * Stops the server (fast shutdown: open sessions are ended); with keepData=false, deletes its data. Idempotent.
     * A server not closed is stopped when the JVM exits normally (shutdown hook).
     */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs or ran stop() too
        }
        stop();
    }

    private synchronized void stop() {
        if (closed) {
            return;
        }
        closed = true;
        long begin = System.nanoTime();
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not stop PostgreSQL on port " + port() + " (data dir " + dataDir + ")", e);
        }
        LOG.info(
                "PostgreSQL on port {} stopped in {} ms",
                port(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
    }

    @Override
    public String toString() {
        return "Postgres[" + HOST + ":" + port() + ", " + dataDir + "]";
    }
}
