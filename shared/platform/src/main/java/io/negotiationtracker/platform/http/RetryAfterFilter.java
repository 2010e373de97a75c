package io.negotiationtracker.platform.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Every 503 (busy, shutting down, not ready) and 429 (too many) tells the client when to come back: a
 * {@code Retry-After} of {@code tracker.http.retry-after-seconds} (5) unless the answer set its own.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RetryAfterFilter {
    private final String seconds;

    public RetryAfterFilter(HttpSettings settings) {
        this.seconds = Integer.toString(settings.retryAfterSeconds());
    }

    @ResponseFilter
    public void addRetryAfter(MutableHttpResponse<?> response) {
        int status = response.code();
        if ((status == 503 || status == 429) && !response.getHeaders().contains(HttpHeaders.RETRY_AFTER)) {
            response.header(HttpHeaders.RETRY_AFTER, seconds);
        }
    }
}
