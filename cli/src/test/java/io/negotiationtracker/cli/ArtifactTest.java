package io.negotiationtracker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.negotiationtracker.devstack.DevStack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installable artifact (target/nt: the launcher and the shaded jar), copied alone to an empty directory and run
 * from there as a user would, with no Maven, classpath or repository around it: --help, then nt token minting from
 * a secret file, and commands against the running product with that token (a write, a read and an export). Runs in
 * the cli module's artifact-test execution, after package (nt.artifact names the built directory).
 */
class ArtifactTest {
    @Test
    void theArtifactRunsFromAnEmptyDirectory(@TempDir Path empty) throws Exception {
        String built = System.getProperty("nt.artifact.built");
        Assumptions.assumeTrue(built != null, "runs in the artifact-test execution, after package");
        Path install = Files.createDirectories(empty.resolve("bin"));
        for (String name : List.of("nt", "nt.jar"))
            Files.copy(Path.of(built, name), install.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
        assertThat(Files.list(install).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("nt", "nt.jar");
        Path work = Files.createDirectories(empty.resolve("work"));

        Result help = nt(install, work, Map.of(), "--help");
        assertThat(help.code()).as(help.toString()).isZero();
        assertThat(help.out()).contains("Usage: nt", "export", "subscriptions", "completion", "Examples:");

        DevStack stack = CliStack.get();
        Path secret =
                Files.writeString(work.resolve("jwt-secret"), stack.tokens().secret());
        Result token = nt(install, work, Map.of(), "token", "--secret-file", secret.toString());
        assertThat(token.code()).as(token.toString()).isZero();
        Map<String, String> env = new HashMap<>(CliStack.environment());
        env.put("NT_TOKEN", token.out().strip());

        String id = "cli-artifact";
        Result opened = nt(install, work, env, "append", id, Events.opened("Artifact talks"));
        assertThat(opened.code()).as(opened.toString()).isZero();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Result status = nt(install, work, env, "status", id);
            assertThat(status.code()).as(status.toString()).isZero();
            assertThat(status.out()).contains("Artifact talks");
        });
        Result export = nt(install, work, env, "export", id, "timeline");
        assertThat(export.code()).as(export.toString()).isZero();
        assertThat(Files.readString(work.resolve(id + "-timeline-" + today(env) + ".csv")))
                .startsWith("position,eventId,version,type,")
                .contains(",NegotiationOpened,");
    }

    /** The day the projection's views stand on (the dev stack's clock), as the export names its file. */
    private static String today(Map<String, String> env) {
        return Json.parse(
                        io.negotiationtracker.testsupport.http.Http.get(
                                        env.get("NT_PROJECTION_URL") + "/api/negotiations/cli-artifact/status")
                                .body(),
                        "status")
                .path("today")
                .asText();
    }

    record Result(int code, String out, String err) {}

    private static Result nt(Path install, Path work, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(install.resolve("nt").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().putAll(env);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("nt " + String.join(" ", args) + " did not end within 120 s");
        }
        Result result = new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }
}
