package io.negotiationtracker.tokens;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HS256 bearer tokens in the format the services verify (roles in the "roles" claim): for tests, bin/run and `nt token`. */
public final class JwtTokens {
    private JwtTokens() {}

    /** A token for {@code subject} with {@code roles}, issued now (iat) and expiring after {@code validity} (exp). */
    public static String sign(String secret, String subject, List<String> roles, Duration validity) {
        long now = Instant.now().getEpochSecond();
        String roleList =
                String.join(",", roles.stream().map(r -> "\"" + r + "\"").toList());
        return signClaims(
                secret,
                "{\"sub\":\"" + subject + "\",\"roles\":[" + roleList + "],\"iat\":" + now + ",\"exp\":"
                        + (now + validity.toSeconds()) + "}");
    }

    /** A token with exactly the claims given (JSON), to test what the services refuse (no exp, too long a lifetime...). */
    public static String signClaims(String secret, String claimsJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature =
                    b64.encodeToString(mac.doFinal((header + "." + payload).getBytes(StandardCharsets.UTF_8)));
            return header + "." + payload + "." + signature;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
