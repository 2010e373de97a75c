package io.negotiationtracker.cli;

import io.negotiationtracker.tokens.DevTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "token",
        header = "Mints a development bearer token (writer or reader) from the shared secret, as bin/run does.",
        description = {
            "Mints a development bearer token (HS256, 12 hours) from the shared secret the services verify with, as",
            "bin/run does: the secret from --secret-file, else JWT_SECRET, else <data dir>/jwt-secret (bin/run's)."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  export NT_TOKEN=$(nt token)                      # a writer token from .data/jwt-secret (bin/run's)",
            "  nt token --role reader --secret-file /run/secrets/jwt-secret",
            "  JWT_SECRET=... nt token --subject ops-alice"
        })
final class TokenCommand implements Callable<Integer> {
    @Mixin
    Services services;

    @Option(
            names = "--role",
            paramLabel = "ROLE",
            defaultValue = "writer",
            completionCandidates = Roles.class,
            description = "writer (may write and read) or reader (default ${DEFAULT-VALUE}).")
    String role;

    @Option(names = "--subject", paramLabel = "NAME", description = "The token's subject (default dev-<role>).")
    String subject;

    @Option(names = "--secret-file", paramLabel = "FILE", description = "A file holding the secret.")
    Path secretFile;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            defaultValue = ".data",
            description = "bin/run's data directory, whose jwt-secret is read last (default ${DEFAULT-VALUE}).")
    Path dataDir;

    private final Map<String, String> environment;

    TokenCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        List<String> roles = switch (role) {
            case "writer" -> List.of("writer", "reader");
            case "reader" -> List.of("reader");
            default -> throw CliFailure.usage("--role must be writer or reader, not '" + role + "'");
        };
        DevTokens tokens = secret();
        if (tokens.secret().length() < 32)
            throw CliFailure.usage("the secret is too short (the services need at least 32 characters)");
        services.output().line(tokens.token(subject != null ? subject : "dev-" + role, roles, DevTokens.VALIDITY));
        return ExitCode.OK;
    }

    private DevTokens secret() throws IOException {
        if (secretFile != null) {
            if (!Files.isReadable(secretFile)) throw CliFailure.usage("cannot read --secret-file " + secretFile);
            return DevTokens.readFrom(secretFile).orElseThrow();
        }
        String fromEnvironment = environment.get("JWT_SECRET");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) return new DevTokens(fromEnvironment.strip());
        return DevTokens.readFrom(dataDir.resolve(DevTokens.SECRET_FILE))
                .orElseThrow(() -> CliFailure.usage("no secret: pass --secret-file FILE, set JWT_SECRET, or run from"
                        + " the directory bin/run keeps its data in (no " + dataDir.resolve(DevTokens.SECRET_FILE)
                        + ")"));
    }

    static final class Roles extends java.util.ArrayList<String> {
        Roles() {
            super(List.of("writer", "reader"));
        }
    }
}
