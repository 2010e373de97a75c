package io.negotiationtracker.tokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The local stack's JWT secret, and bearer tokens signed with it. bin/run keeps the secret in {@code <data dir>/jwt-secret}
 * ({@link #ofDataDirectory}, made once); {@code nt token} reads it from there ({@link #readFrom}) to mint tokens.
 */
public record DevTokens(String secret) {
    /** The file under a data directory that holds the secret. */
    public static final String SECRET_FILE = "jwt-secret";

    /** Valid 12 hours: the services refuse tokens that live longer than tracker.security.max-token-lifetime (24h). */
    public static final Duration VALIDITY = Duration.ofHours(12);

    public static DevTokens random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new DevTokens(HexFormat.of().formatHex(bytes));
    }

    /** The secret kept in {@code dataDir}, made and saved there the first time. */
    public static DevTokens ofDataDirectory(Path dataDir) throws IOException {
        Optional<DevTokens> kept = readFrom(dataDir.resolve(SECRET_FILE));
        if (kept.isPresent()) return kept.get();
        DevTokens tokens = random();
        Files.writeString(dataDir.resolve(SECRET_FILE), tokens.secret());
        return tokens;
    }

    /** The secret in {@code file}, if there is such a file. */
    public static Optional<DevTokens> readFrom(Path file) throws IOException {
        if (!Files.exists(file)) return Optional.empty();
        return Optional.of(new DevTokens(Files.readString(file).strip()));
    }

    public String token(String subject, List<String> roles, Duration validity) {
        return JwtTokens.sign(secret, subject, roles, validity);
    }

    /** A writer (who may also read), as bin/run prints. */
    public String writerToken() {
        return token("dev-writer", List.of("writer", "reader"), VALIDITY);
    }

    /** A reader only: for TRACKER_READ_ACCESS=reader. */
    public String readerToken() {
        return token("dev-reader", List.of("reader"), VALIDITY);
    }
}
