package io.negotiationtracker.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process of the dev stack that ends is diagnosable: its exit status and the end of its log are quoted, even when the
 * log holds bytes that are not UTF-8 (a strict read of those once hid the whole log: "no log: Input length = 1").
 */
class ChildProcessTest {
    @TempDir
    Path dir;

    @Test
    void aLogWithBytesThatAreNotUtf8IsStillQuoted() throws Exception {
        Path log = dir.resolve("projection-2.log");
        byte[] invalid = {(byte) 0xC3, (byte) 0x28, '\n'}; // a two-byte sequence cut short
        Files.write(log, "starting\n".getBytes(StandardCharsets.UTF_8));
        Files.write(log, invalid, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(log, "Address already in use\n", java.nio.file.StandardOpenOption.APPEND);

        String tail = ChildProcess.tailOf(log, 2);

        assertThat(tail).doesNotContain("no log").endsWith("Address already in use");
        assertThat(tail.lines().toList()).hasSize(2);
    }

    @Test
    void aMissingOrEmptyLogIsSaidSoWithItsPath() throws Exception {
        assertThat(ChildProcess.tailOf(dir.resolve("absent.log"), 10)).contains("no log at", "absent.log");
        Path empty = Files.createFile(dir.resolve("empty.log"));
        assertThat(ChildProcess.tailOf(empty, 10)).contains("is empty", "empty.log");
    }

    @Test
    void aProcessThatExitsIsReportedWithItsStatusAndItsLog() throws Exception {
        ChildProcess child = ChildProcess.startJava(
                "bad-broker",
                List.of("-Xmx64m"),
                System.getProperty("java.class.path"),
                "io.negotiationtracker.testsupport.KafkaBrokerMain",
                Map.of(),
                List.of("--no-such-option"),
                dir);
        await().atMost(Duration.ofSeconds(120)).until(() -> !child.isAlive());
        String report = child.exitReport(20);

        assertThat(report)
                .contains("bad-broker (pid " + child.pid() + ") exited with status 2")
                .contains(dir.resolve("bad-broker.log").toString())
                .contains("unknown argument --no-such-option");
        assertThat(child.logMentions("unknown argument")).isTrue();
    }
}
