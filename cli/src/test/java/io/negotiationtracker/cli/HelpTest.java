package io.negotiationtracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.tokens.DevTokens;
import io.negotiationtracker.tokens.JwtTokens;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Without any service: every command's --help shows an example, completion covers the commands, nt token signs. */
class HelpTest {
    static final Map<String, String> NO_ENVIRONMENT = Map.of();

    @Test
    void everyCommandsHelpShowsAnExample() {
        List<List<String>> commands = new ArrayList<>();
        collect(Nt.commandLine(NO_ENVIRONMENT), List.of(), commands);
        assertThat(commands).hasSizeGreaterThan(15);
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            CliRun help = CliRun.run(NO_ENVIRONMENT, args.toArray(String[]::new));
            assertThat(help.exitCode())
                    .as(String.join(" ", args) + ": " + help.err())
                    .isZero();
            assertThat(help.out())
                    .as(String.join(" ", args))
                    .contains("Example")
                    .contains("  nt ");
        }
    }

    @Test
    void completionCoversTheCommandsAndTheirChoices() {
        CliRun script = CliRun.run(NO_ENVIRONMENT, "completion").succeeded();
        assertThat(script.out())
                .startsWith("#!/usr/bin/env bash")
                .contains("complete -F")
                .contains("export", "subscriptions", "dead-letters", "token", "rebuild")
                .contains("(\"timeline\" \"deadlines\" \"tariffs\" \"rounds\")");
    }

    @Test
    void tokenSignsWithTheSecretFromItsFileTheEnvironmentOrBinRunsDataDirectory(@TempDir Path dir) throws Exception {
        DevTokens kept = DevTokens.ofDataDirectory(dir);
        String fromDataDir = CliRun.run(NO_ENVIRONMENT, "token", "--data-dir", dir.toString())
                .succeeded()
                .out()
                .strip();
        assertSignedWith(fromDataDir, kept.secret(), "\"roles\":[\"writer\",\"reader\"]", "\"sub\":\"dev-writer\"");
        Path file = Files.writeString(dir.resolve("other"), "another-secret-of-at-least-32-characters");
        String fromFile = CliRun.run(NO_ENVIRONMENT, "token", "--secret-file", file.toString(), "--role", "reader")
                .succeeded()
                .out()
                .strip();
        assertSignedWith(
                fromFile,
                "another-secret-of-at-least-32-characters",
                "\"roles\":[\"reader\"]",
                "\"sub\":\"dev-reader\"");
        String secret = "environment-secret-0123456789-0123456789";
        String fromEnvironment = CliRun.run(
                        Map.of("JWT_SECRET", secret), "token", "--subject", "ops", "--data-dir", dir.toString())
                .succeeded()
                .out()
                .strip();
        assertSignedWith(fromEnvironment, secret, "\"sub\":\"ops\"");

        CliRun none = CliRun.run(
                NO_ENVIRONMENT, "token", "--data-dir", dir.resolve("nothing").toString());
        assertThat(none.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(none.err()).contains("no secret");
        CliRun role = CliRun.run(NO_ENVIRONMENT, "token", "--data-dir", dir.toString(), "--role", "admin");
        assertThat(role.exitCode()).isEqualTo(ExitCode.USAGE);
    }

    /** Signed with {@code secret} (the signature recomputed over its own header and claims) and holding the claims. */
    private static void assertSignedWith(String token, String secret, String... claims) {
        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains(claims).contains("\"exp\":");
        String resigned = JwtTokens.signClaims(secret, payload);
        assertThat(resigned.split("\\.")[2]).isEqualTo(parts[2]);
        String wrong = JwtTokens.signClaims(secret + "x", payload);
        assertThat(wrong.split("\\.")[2]).isNotEqualTo(parts[2]);
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
        command.getSubcommands().forEach((name, sub) -> {
            List<String> p = new ArrayList<>(path);
            p.add(name);
            into.add(p);
            collect(sub, p, into);
        });
    }
}
