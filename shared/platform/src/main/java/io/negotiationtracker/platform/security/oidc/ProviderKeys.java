package io.negotiationtracker.platform.security.oidc;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OpenID Connect provider's signing keys, fetched from its JWKS URL when first needed and again when a token names
 * a key id the set does not have, but never more often than once per {@code minInterval} (a stream of tokens with
 * made-up key ids cannot make this service hammer the provider). A failed fetch keeps the keys it had.
 */
public final class ProviderKeys {
    private static final Logger LOG = LoggerFactory.getLogger(ProviderKeys.class);

    private final URI url;
    private final Duration minInterval;
    private final Duration timeout;
    private final Supplier<Instant> clock;
    private final HttpClient http;
    private final AtomicLong fetches = new AtomicLong();
    private volatile JWKSet keys = new JWKSet();
    private volatile Instant lastFetch;

    public ProviderKeys(URI url, Duration minInterval, Duration timeout, Supplier<Instant> clock) {
        this.url = url;
        this.minInterval = minInterval;
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The keys that may have signed a token naming {@code keyId} (every key when it names none); may fetch. */
    public List<JWK> candidates(String keyId) {
        List<JWK> found = matching(keyId);
        if (!found.isEmpty() || !fetchDue()) return found;
        fetchIfDue();
        return matching(keyId);
    }

    /** True when {@link #candidates} would fetch first (so a caller can move the call off a non-blocking thread). */
    public boolean wouldFetch(String keyId) {
        return matching(keyId).isEmpty() && fetchDue();
    }

    /** How many times the key set was requested. */
    public long fetches() {
        return fetches.get();
    }

    private List<JWK> matching(String keyId) {
        List<JWK> all = keys.getKeys();
        if (keyId == null) return all;
        return all.stream().filter(k -> keyId.equals(k.getKeyID())).toList();
    }

    private boolean fetchDue() {
        Instant last = lastFetch;
        return last == null || !clock.get().isBefore(last.plus(minInterval));
    }

    private synchronized void fetchIfDue() {
        if (!fetchDue()) return; // another request fetched meanwhile
        lastFetch = clock.get();
        fetches.incrementAndGet();
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(url)
                            .timeout(timeout)
                            .header("Accept", "application/json")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warn(
                        "the OIDC key set {} answered {}; keeping the {} keys known",
                        url,
                        response.statusCode(),
                        size());
                return;
            }
            keys = JWKSet.parse(response.body());
            LOG.info("fetched {} signing keys from {}", keys.getKeys().size(), url);
        } catch (IOException | ParseException e) {
            LOG.warn("could not fetch the OIDC key set {} ({}); keeping the {} keys known", url, e.toString(), size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int size() {
        return keys.getKeys().size();
    }
}
