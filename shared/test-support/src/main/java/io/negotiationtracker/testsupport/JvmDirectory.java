package io.negotiationtracker.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A temporary directory that belongs to this JVM: {@code <java.io.tmpdir>/negotiation-tracker-tests/jvm-<pid>-<n>}.
 *
 * <p>Creating one also cleans up after test JVMs that were killed before their shutdown hook ran: their
 * directories are deleted and a PostgreSQL server they left running is stopped.
 */
final class JvmDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(JvmDirectory.class);
    private static final Pattern NAME = Pattern.compile("jvm-(\\d+)-.*");
    /** The sub-directory of a JVM directory where TestInfrastructure keeps PostgreSQL's data. */
    private static final String POSTGRES_DIR = "postgres";

    private final Path path;

    private JvmDirectory(Path path) {
        this.path = path;
    }

    static JvmDirectory create() {
        Path parent = Path.of(System.getProperty("java.io.tmpdir"), "negotiation-tracker-tests");
        try {
            Files.createDirectories(parent);
            reapDeadJvmDirectories(parent);
            long pid = ProcessHandle.current().pid();
            return new JvmDirectory(Files.createTempDirectory(parent, "jvm-" + pid + "-"));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not create a temporary directory for test infrastructure under " + parent, e);
        }
    }

    Path path() {
        return path;
    }

    void delete() {
        try {
            FileUtil.deleteRecursively(path);
        } catch (IOException e) {
            LOG.warn("Could not delete the test infrastructure directory {}: {}", path, e.toString());
        }
    }

    private static void reapDeadJvmDirectories(Path parent) throws IOException {
        try (var children = Files.list(parent)) {
            for (Path child : (Iterable<Path>) children::iterator) {
                Matcher m = NAME.matcher(child.getFileName().toString());
                if (!m.matches() || !Files.isDirectory(child)) {
                    continue;
                }
                long pid = Long.parseLong(m.group(1));
                if (pid == ProcessHandle.current().pid()
                        || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                try {
                    PostgresDataDir.stopOrphanedServer(child.resolve(POSTGRES_DIR));
                    FileUtil.deleteRecursively(child);
                    LOG.info("Deleted {}, left behind by test JVM {} which is gone", child, pid);
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Could not clean up {}, left behind by test JVM {}: {}", child, pid, e.toString());
                }
            }
        }
    }
}
