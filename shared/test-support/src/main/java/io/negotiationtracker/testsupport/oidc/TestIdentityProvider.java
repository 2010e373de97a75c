package io.negotiationtracker.testsupport.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenID Connect provider as far as a resource server sees one: RSA signing keys published as a JSON Web Key Set
 * by a real HTTP server on a free loopback port ({@link #jwksUrl}), and tokens signed with them. It counts the requests
 * for its key set; {@link #rotateIn} publishes another key (a key made with {@link #unpublishedKey} signs tokens the
 * services cannot know yet).
 */
public final class TestIdentityProvider implements AutoCloseable {
    public static final String ISSUER = "https://idp.test/realms/tracker";
    public static final String AUDIENCE = "negotiation-tracker";

    private final HttpServer server;
    private final List<RSAKey> published = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();

    public TestIdentityProvider() {
        published.add(newKey("key-1"));
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/jwks", exchange -> {
            requests.incrementAndGet();
            byte[] body = new JWKSet(new ArrayList<>(
                            published.stream().map(RSAKey::toPublicJWK).toList()))
                    .toString()
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public String jwksUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    /** How many times the key set was requested. */
    public int jwksRequests() {
        return requests.get();
    }

    /** The key the provider signs with first (published from the start). */
    public RSAKey currentKey() {
        return published.get(0);
    }

    /** A new key the provider does not publish (yet). */
    public static RSAKey unpublishedKey(String keyId) {
        return newKey(keyId);
    }

    /** Publishes {@code key} too (a key rotation). */
    public void rotateIn(RSAKey key) {
        published.add(key);
    }

    /** The claims of a token of this provider for this tracker, valid for 10 minutes, with {@code groups}. */
    public static JWTClaimsSet.Builder claims(String subject, List<String> groups) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(ISSUER)
                .audience(List.of(AUDIENCE, "account"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .claim("realm_access", Map.of("roles", groups));
    }

    /** {@code claims} signed (RS256) with {@code key}, naming its key id. */
    public static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
