package io.negotiationtracker.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The Docker side of {@link TestInfrastructure}: Testcontainers is touched only from here, so that nothing of
 * it runs when Docker is not wanted.
 */
final class Containers {

    private static final Logger LOG = LoggerFactory.getLogger(Containers.class);

    static final String KAFKA_IMAGE_SETTING = "NT_TEST_KAFKA_IMAGE";
    static final String POSTGRES_IMAGE_SETTING = "NT_TEST_POSTGRES_IMAGE";
    private static final String DEFAULT_KAFKA_IMAGE = "apache/kafka:4.3.1";
    private static final String DEFAULT_POSTGRES_IMAGE = "postgres:17-alpine";

    private Containers() {}

    /** Whether a Docker daemon answers. Never throws: any failure, even a missing class, means no. */
    static boolean dockerAvailable() {
        long begin = System.nanoTime();
        boolean available;
        if (!dockerConfigured()) {
            // Nothing Testcontainers could connect to: skip its probe, which logs an ERROR when it finds nothing.
            available = false;
        } else {
            try {
                available = DockerClientFactory.instance().isDockerAvailable();
            } catch (Throwable t) {
                LOG.debug("Docker detection failed; taking Docker as absent", t);
                available = false;
            }
        }
        LOG.info(
                "Docker {} (checked in {} ms)",
                available ? "is available" : "is not available",
                (System.nanoTime() - begin) / 1_000_000);
        return available;
    }

    /** Starts a Kafka container; returns its bootstrap servers and how to stop it. */
    static Started startKafka() {
        String image = setting(KAFKA_IMAGE_SETTING, DEFAULT_KAFKA_IMAGE);
        KafkaContainer container =
                new KafkaContainer(DockerImageName.parse(image).asCompatibleSubstituteFor("apache/kafka"));
        container.start();
        return new Started(container.getBootstrapServers(), null, null, container::stop);
    }

    /** Starts a PostgreSQL container; returns a JDBC URL of one of its databases, its credentials and how to stop it. */
    static Started startPostgres() {
        String image = setting(POSTGRES_IMAGE_SETTING, DEFAULT_POSTGRES_IMAGE);
        PostgreSQLContainer<?> container =
                new PostgreSQLContainer<>(DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"));
        container.start();
        return new Started(container.getJdbcUrl(), container.getUsername(), container.getPassword(), container::stop);
    }

    /**
     * Whether anything points at a Docker daemon: DOCKER_HOST, a Testcontainers configuration, or one of the
     * usual sockets (system, rootless, Docker Desktop, Colima).
     */
    private static boolean dockerConfigured() {
        if (System.getenv("DOCKER_HOST") != null || System.getenv("TESTCONTAINERS_DOCKER_CLIENT_STRATEGY") != null) {
            return true;
        }
        String home = System.getProperty("user.home", "");
        String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        List<Path> candidates = new ArrayList<>(List.of(
                Path.of(home, ".testcontainers.properties"),
                Path.of("/var/run/docker.sock"),
                Path.of("/run/docker.sock"),
                Path.of(home, ".docker", "run", "docker.sock"),
                Path.of(home, ".docker", "desktop", "docker.sock"),
                Path.of(home, ".colima", "default", "docker.sock"),
                Path.of(home, ".colima", "docker.sock")));
        if (runtimeDir != null) {
            candidates.add(Path.of(runtimeDir, "docker.sock"));
        }
        return candidates.stream().anyMatch(Files::exists);
    }

    private static String setting(String name, String fallback) {
        String value = TestInfrastructure.setting(name);
        return value == null ? fallback : value;
    }

    /** A started container: where to reach it, credentials where relevant, and how to stop it. */
    record Started(String address, String user, String password, Runnable stop) {}
}
