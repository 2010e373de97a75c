package io.negotiationtracker.platform.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.negotiationtracker.platform.jdbc.DatabaseUnavailable;
import jakarta.inject.Singleton;

/** A database out of reach is a 503 problem (Retry-After added by {@link RetryAfterFilter}): nothing was written; retry. */
@Singleton
public class DatabaseUnavailableHandler implements ExceptionHandler<DatabaseUnavailable, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, DatabaseUnavailable e) {
        HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
        return HttpResponse.status(status)
                .contentType(Problem.MEDIA_TYPE)
                .body(Problem.body(
                        status.getCode(),
                        status.getReason(),
                        "the database is unavailable; nothing was written; retry later",
                        null,
                        null));
    }
}
