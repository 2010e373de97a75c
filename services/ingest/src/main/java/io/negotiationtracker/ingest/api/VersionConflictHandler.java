package io.negotiationtracker.ingest.api;

import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.negotiationtracker.ingest.store.VersionConflict;
import io.negotiationtracker.platform.http.Problem;
import jakarta.inject.Singleton;
import java.util.Map;

/** A version conflict as problem+json: 412 when the writer sent If-Match, else 409; the body says the current version. */
@Factory
public class VersionConflictHandler {
    @Singleton
    ExceptionHandler<VersionConflict, HttpResponse<?>> versionConflict() {
        return (HttpRequest request, VersionConflict e) -> {
            HttpStatus status = request.getHeaders().contains(HttpHeaders.IF_MATCH) ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
            return HttpResponse.status(status).contentType(Problem.MEDIA_TYPE).header(HttpHeaders.ETAG, "\"" + e.current() + "\"")
                    .body(Problem.body(status.getCode(), status.getReason(), e.getMessage(), "expectedVersion",
                            Map.of("currentVersion", e.current(), "expectedVersion", e.expected())));
        };
    }
}
