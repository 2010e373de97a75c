package io.negotiationtracker.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs KafkaBrokerMain as a real child process, the way the local run command does. */
class KafkaBrokerMainTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void writesThePortFileServesClientsAndStopsOnSigterm() throws Exception {
        Path portFile = dir.resolve("kafka.port");
        Process broker = new ProcessBuilder(brokerCommand(dir.resolve("kafka"), portFile))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("broker.out").toFile())
                .start();
        try {
            long begin = System.nanoTime();
            String bootstrap = awaitPortFile(portFile, broker);
            System.out.println("KafkaBrokerMain: port file after " + millisSince(begin) + " ms (JVM start included)");
            assertThat(bootstrap).matches("127\\.0\\.0\\.1:\\d+");
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                        .hasSize(1);
            }

            broker.destroy(); // SIGTERM
            assertThat(broker.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .as("broker stopped after SIGTERM")
                    .isTrue();
            assertThat(portFile).doesNotExist();
            assertThat(Files.readString(dir.resolve("broker.out"))).contains("stopped");
        } finally {
            broker.destroyForcibly();
        }
    }

    @Test
    void stopsByItselfWhenItsParentDies() throws Exception {
        Path portFile = dir.resolve("kafka.port");
        Path pidFile = dir.resolve("broker.pid");
        String command = String.join(
                " ",
                brokerCommand(dir.resolve("kafka"), portFile).stream()
                        .map(KafkaBrokerMainTest::quote)
                        .toList());
        // A shell stands for the run command: it starts the broker, then is killed without stopping it.
        Process parent = new ProcessBuilder(
                        "bash",
                        "-c",
                        command + " > " + quote(dir.resolve("broker.out").toString()) + " 2>&1 & echo $! > "
                                + quote(pidFile.toString()) + "; wait")
                .start();
        try {
            awaitPortFile(portFile, parent);
            long brokerPid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle broker = ProcessHandle.of(brokerPid).orElseThrow();

            parent.destroyForcibly(); // SIGKILL: no chance to stop its child
            long begin = System.nanoTime();
            broker.onExit().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            System.out.println("KafkaBrokerMain: exited " + millisSince(begin) + " ms after its parent died");
            assertThat(portFile).doesNotExist();
            assertThat(Files.readString(dir.resolve("broker.out")))
                    .contains("parent process")
                    .contains("stopped");
        } finally {
            parent.destroyForcibly();
            if (Files.exists(pidFile)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                        .ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    private static List<String> brokerCommand(Path dataDir, Path portFile) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(KafkaBrokerMain.class.getName());
        command.add("--data-dir");
        command.add(dataDir.toString());
        command.add("--port-file");
        command.add(portFile.toString());
        return command;
    }

    /** Polls for the port file, failing early if the process died. */
    private String awaitPortFile(Path portFile, Process process) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(portFile)) {
                return Files.readString(portFile, StandardCharsets.UTF_8).trim();
            }
            if (!process.isAlive()) {
                throw new AssertionError("The broker process exited with " + process.exitValue() + ": " + output());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No port file " + portFile + " after " + WAIT + ": " + output());
    }

    private String output() throws IOException {
        Path out = dir.resolve("broker.out");
        return Files.exists(out) ? Files.readString(out) : "(no output)";
    }

    private static long millisSince(long begin) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
