package io.negotiationtracker.platform.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.negotiationtracker.events.InvalidEventException;
import jakarta.inject.Singleton;

/** Input that breaks the event contract: 400, naming the field. */
@Singleton
public class InvalidEventExceptionHandler implements ExceptionHandler<InvalidEventException, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, InvalidEventException e) {
        String field = e.field() == null || e.field().isEmpty() ? null : e.field();
        String detail = field == null ? e.getMessage() : field + " " + e.getMessage();
        return HttpResponse.status(HttpStatus.BAD_REQUEST)
                .contentType(Problem.MEDIA_TYPE)
                .body(Problem.body(400, "Bad Request", detail, field, null));
    }
}
