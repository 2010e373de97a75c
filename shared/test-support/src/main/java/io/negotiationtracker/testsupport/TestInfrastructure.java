package io.negotiationtracker.testsupport;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Kafka broker and one PostgreSQL server for a whole test JVM, each started on first use and stopped by a
 * JVM shutdown hook (never by a test's {@code @AfterAll}).
 *
 * <p>Where they come from, in order of preference:
 * <ol>
 *   <li>an existing server named by a setting: {@code NT_TEST_KAFKA} (bootstrap servers);
 *       {@code NT_TEST_JDBC_URL} (any database of the server; databases are created on it) with
 *       {@code NT_TEST_JDBC_USER} (default {@code postgres}) and {@code NT_TEST_JDBC_PASSWORD} (default empty);</li>
 *   <li>Testcontainers ({@code apache/kafka}, {@code postgres}) when a Docker daemon answers (it is asked only if
 *       DOCKER_HOST, {@code ~/.testcontainers.properties} or a usual Docker socket exists), unless
 *       {@code NT_TEST_DOCKER=false}; {@code NT_TEST_DOCKER=true} fails when there is no Docker; images can be
 *       changed with {@code NT_TEST_KAFKA_IMAGE} and {@code NT_TEST_POSTGRES_IMAGE};</li>
 *   <li>otherwise an in-process {@link KafkaBroker} and an embedded {@link Postgres} (fsync off), with their data
 *       in a temporary directory of this JVM, deleted on exit.</li>
 * </ol>
 * A setting is read from the system property of that name, else from the environment variable.
 *
 * <p>Tests share the servers, not their data: each test class takes its own database from
 * {@link #newDatabase(String)} and its own topics from {@link #newTopicName(String)}.
 */
public final class TestInfrastructure {

    private static final Logger LOG = LoggerFactory.getLogger(TestInfrastructure.class);

    static final String KAFKA_SETTING = "NT_TEST_KAFKA";
    static final String JDBC_URL_SETTING = "NT_TEST_JDBC_URL";
    static final String JDBC_USER_SETTING = "NT_TEST_JDBC_USER";
    static final String JDBC_PASSWORD_SETTING = "NT_TEST_JDBC_PASSWORD";
    static final String DOCKER_SETTING = "NT_TEST_DOCKER";

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Things to stop at JVM exit, last started first. */
    private static final Deque<Runnable> STOPS = new ArrayDeque<>();

    private static final String SUFFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private static Boolean docker;
    private static boolean hookInstalled;
    private static JvmDirectory directory;
    private static String kafkaBootstrap;
    private static RuntimeException kafkaFailure;
    private static Admin kafkaAdmin;
    private static KafkaBroker embeddedKafka;
    private static Server postgres;
    private static RuntimeException postgresFailure;

    private TestInfrastructure() {}

    /** The {@code bootstrap.servers} of this JVM's Kafka broker, started on first call. */
    public static synchronized String kafkaBootstrapServers() {
        if (kafkaBootstrap == null) {
            if (kafkaFailure != null) {
                throw new IllegalStateException(
                        "The test Kafka broker failed to start earlier in this JVM: " + kafkaFailure.getMessage(),
                        kafkaFailure);
            }
            try {
                kafkaBootstrap = startKafka();
            } catch (RuntimeException e) {
                kafkaFailure = e;
                throw e;
            }
        }
        return kafkaBootstrap;
    }

    /** A topic name not used before: {@code <prefix>-<n>-<random>}; the topic itself is not created. */
    public static String newTopicName(String prefix) {
        String clean = prefix == null ? "" : prefix.replaceAll("[^a-zA-Z0-9._-]", "-");
        if (clean.length() > 200) {
            clean = clean.substring(0, 200);
        }
        return (clean.isEmpty() ? "topic" : clean) + "-" + SEQUENCE.incrementAndGet() + "-" + randomSuffix();
    }

    /**
     * Creates a topic on this JVM's broker and waits until all its partitions have a leader; a topic that
     * already exists with that many partitions is left as it is.
     */
    public static void createTopic(String name, int partitions) {
        Admin admin;
        KafkaBroker embedded;
        synchronized (TestInfrastructure.class) {
            kafkaBootstrapServers();
            embedded = embeddedKafka;
            if (embedded == null && kafkaAdmin == null) {
                kafkaAdmin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap));
                Admin created = kafkaAdmin;
                STOPS.push(() -> created.close(Duration.ofSeconds(5)));
            }
            admin = kafkaAdmin;
        }
        if (embedded != null) {
            embedded.createTopic(name, partitions);
        } else {
            KafkaBroker.createTopic(admin, name, partitions);
        }
    }

    /**
     * Creates a database that no other test uses, on this JVM's PostgreSQL server (started on first call), and
     * returns its JDBC URL. Log in with {@link #jdbcUser()} and {@link #jdbcPassword()}.
     *
     * @param prefix the start of the name, like the test class's name; it is lower-cased and cleaned
     */
    public static String newDatabase(String prefix) {
        Server server = postgres();
        String clean = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (clean.isEmpty() || Character.isDigit(clean.charAt(0))) {
            clean = "db_" + clean;
        }
        if (clean.length() > 40) {
            clean = clean.substring(0, 40);
        }
        String name = clean + "_" + SEQUENCE.incrementAndGet() + "_" + randomSuffix();
        Databases.createIfMissing(server.adminUrl(), server.user(), server.password(), name);
        return Databases.withDatabase(server.adminUrl(), name);
    }

    /** The user for the URLs from {@link #newDatabase(String)}. */
    public static String jdbcUser() {
        return postgres().user();
    }

    /** The password for the URLs from {@link #newDatabase(String)}. */
    public static String jdbcPassword() {
        return postgres().password();
    }

    /** A setting from the system property of that name, else the environment variable; null when blank. */
    static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static synchronized Server postgres() {
        if (postgres == null) {
            if (postgresFailure != null) {
                throw new IllegalStateException(
                        "The test PostgreSQL server failed to start earlier in this JVM: "
                                + postgresFailure.getMessage(),
                        postgresFailure);
            }
            try {
                postgres = startPostgres();
            } catch (RuntimeException e) {
                postgresFailure = e;
                throw e;
            }
        }
        return postgres;
    }

    private static String startKafka() {
        String external = setting(KAFKA_SETTING);
        if (external != null) {
            LOG.info("Tests use the Kafka broker at {} ({})", external, KAFKA_SETTING);
            return external;
        }
        if (useDocker()) {
            Containers.Started started = Containers.startKafka();
            STOPS.push(started.stop());
            ensureShutdownHook();
            LOG.info("Tests use a Kafka container at {}", started.address());
            return started.address();
        }
        KafkaBroker broker = KafkaBroker.start(directory().path().resolve("kafka"));
        embeddedKafka = broker;
        STOPS.push(broker::close);
        ensureShutdownHook();
        LOG.info(
                "Tests use an in-process Kafka broker at {} (started in {} ms)",
                broker.bootstrapServers(),
                broker.startupTime().toMillis());
        return broker.bootstrapServers();
    }

    private static Server startPostgres() {
        String external = setting(JDBC_URL_SETTING);
        if (external != null) {
            String user = setting(JDBC_USER_SETTING);
            String password = setting(JDBC_PASSWORD_SETTING);
            LOG.info("Tests use the PostgreSQL server at {} ({})", external, JDBC_URL_SETTING);
            return new Server(external, user == null ? "postgres" : user, password == null ? "" : password);
        }
        if (useDocker()) {
            Containers.Started started = Containers.startPostgres();
            STOPS.push(started.stop());
            ensureShutdownHook();
            LOG.info("Tests use a PostgreSQL container at {}", started.address());
            return new Server(started.address(), started.user(), started.password());
        }
        Postgres server = Postgres.start(directory().path().resolve("postgres"), false, false);
        STOPS.push(server::close);
        ensureShutdownHook();
        LOG.info(
                "Tests use an embedded PostgreSQL at {} (started in {} ms)",
                server.jdbcUrl("postgres"),
                server.startupTime().toMillis());
        return new Server(server.jdbcUrl("postgres"), server.user(), server.password());
    }

    private static boolean useDocker() {
        if (docker == null) {
            String forced = setting(DOCKER_SETTING);
            if ("false".equalsIgnoreCase(forced)) {
                docker = false;
            } else {
                try {
                    docker = Containers.dockerAvailable();
                } catch (Throwable t) { // e.g. Testcontainers not on the classpath
                    LOG.debug("Docker detection failed; taking Docker as absent", t);
                    docker = false;
                }
                if (!docker && "true".equalsIgnoreCase(forced)) {
                    throw new IllegalStateException(DOCKER_SETTING + "=true but no Docker daemon answers");
                }
            }
        }
        return docker;
    }

    private static JvmDirectory directory() {
        if (directory == null) {
            directory = JvmDirectory.create();
            ensureShutdownHook();
        }
        return directory;
    }

    private static void ensureShutdownHook() {
        if (hookInstalled) {
            return;
        }
        hookInstalled = true;
        Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::stopAll, "test-infrastructure-stop"));
    }

    /** Stops everything started, last first, then deletes this JVM's directory. Runs at JVM exit. */
    private static void stopAll() {
        Deque<Runnable> stops;
        JvmDirectory dir;
        synchronized (TestInfrastructure.class) {
            stops = new ArrayDeque<>(STOPS);
            STOPS.clear();
            dir = directory;
        }
        for (Runnable stop : stops) {
            try {
                stop.run();
            } catch (RuntimeException e) {
                LOG.warn("Error while stopping test infrastructure", e);
            }
        }
        if (dir != null) {
            dir.delete();
        }
    }

    private static String randomSuffix() {
        StringBuilder suffix = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            suffix.append(SUFFIX_ALPHABET.charAt(RANDOM.nextInt(SUFFIX_ALPHABET.length())));
        }
        return suffix.toString();
    }

    /** A PostgreSQL server: a JDBC URL of one of its databases, and the credentials. */
    private record Server(String adminUrl, String user, String password) {}
}
