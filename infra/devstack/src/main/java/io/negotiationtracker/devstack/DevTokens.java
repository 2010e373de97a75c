package io.negotiationtracker.devstack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The local stack's JWT secret and HS256 bearer tokens signed with it (the same format ingest verifies). */
public record DevTokens(String secret) {
    public static DevTokens random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new DevTokens(HexFormat.of().formatHex(bytes));
    }

    public String token(String subject, List<String> roles, Duration validity) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String roleList = String.join(",", roles.stream().map(r -> "\"" + r + "\"").toList());
        String payload = b64.encodeToString(("{\"sub\":\"" + subject + "\",\"roles\":[" + roleList + "],\"iat\":" + now
                + ",\"exp\":" + (now + validity.toSeconds()) + "}").getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = b64.encodeToString(mac.doFinal((header + "." + payload).getBytes(StandardCharsets.UTF_8)));
            return header + "." + payload + "." + signature;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    public String writerToken() {
        return token("dev-writer", List.of("writer", "reader"), Duration.ofDays(30));
    }
}
