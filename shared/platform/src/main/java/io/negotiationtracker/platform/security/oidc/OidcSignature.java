package io.negotiationtracker.platform.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.security.token.jwt.signature.ReactiveSignatureConfiguration;
import java.text.ParseException;
import java.time.Instant;
import java.util.Set;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Accepts a bearer token signed (RS* or ES*) by a key of the configured OpenID Connect provider, whose issuer and
 * audience are the configured ones. Tokens signed with the shared secret (HS256) are Micronaut's own secret
 * signature's; this one never accepts them. A fetch of the provider's keys runs off the event loop.
 */
@Context
@Requires(property = "tracker.security.oidc.jwks-url")
public class OidcSignature implements ReactiveSignatureConfiguration<SignedJWT> {
    private static final Logger LOG = LoggerFactory.getLogger(OidcSignature.class);
    private static final Set<JWSAlgorithm> ASYMMETRIC = Set.of(
            JWSAlgorithm.RS256,
            JWSAlgorithm.RS384,
            JWSAlgorithm.RS512,
            JWSAlgorithm.PS256,
            JWSAlgorithm.PS384,
            JWSAlgorithm.PS512,
            JWSAlgorithm.ES256,
            JWSAlgorithm.ES384,
            JWSAlgorithm.ES512);

    private final OidcSettings settings;
    private final ProviderKeys keys;

    public OidcSignature(OidcSettings settings) {
        settings.check();
        this.settings = settings;
        this.keys = new ProviderKeys(
                settings.jwksUrl(), settings.minRefreshInterval(), settings.fetchTimeout(), Instant::now);
    }

    public ProviderKeys keys() {
        return keys;
    }

    @Override
    public Publisher<Boolean> verify(SignedJWT token) {
        JWSAlgorithm algorithm = token.getHeader().getAlgorithm();
        if (!ASYMMETRIC.contains(algorithm)) return Mono.just(false);
        String keyId = token.getHeader().getKeyID();
        if (keys.wouldFetch(keyId))
            return Mono.fromCallable(() -> accepts(token)).subscribeOn(Schedulers.boundedElastic());
        return Mono.just(accepts(token));
    }

    private boolean accepts(SignedJWT token) {
        for (JWK key : keys.candidates(token.getHeader().getKeyID())) {
            if (signedBy(token, key)) return forThisTracker(token);
        }
        LOG.debug(
                "token refused: no key of the OIDC provider (key id {}) verifies it",
                token.getHeader().getKeyID());
        return false;
    }

    private boolean forThisTracker(SignedJWT token) {
        try {
            JWTClaimsSet claims = token.getJWTClaimsSet();
            boolean ok = IssuerAndAudience.accepted(
                    claims.getIssuer(), claims.getAudience(), settings.issuer(), settings.audience());
            if (!ok)
                LOG.debug(
                        "token refused: issuer {} / audience {} are not {} / {}",
                        claims.getIssuer(),
                        claims.getAudience(),
                        settings.issuer(),
                        settings.audience());
            return ok;
        } catch (ParseException e) {
            return false;
        }
    }

    private static boolean signedBy(SignedJWT token, JWK key) {
        try {
            JWSVerifier verifier;
            if (key instanceof RSAKey rsa) verifier = new RSASSAVerifier(rsa);
            else if (key instanceof ECKey ec) verifier = new ECDSAVerifier(ec);
            else return false;
            return verifier.supportedJWSAlgorithms().contains(token.getHeader().getAlgorithm())
                    && token.verify(verifier);
        } catch (JOSEException | IllegalStateException e) {
            return false;
        }
    }
}
