package io.negotiationtracker.platform.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Singleton
public class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, ProblemException e) {
        return HttpResponse.status(e.status())
                .contentType(Problem.MEDIA_TYPE)
                .body(Problem.body(e.status().getCode(), e.status().getReason(), e.getMessage(), e.field(), e.extra()));
    }
}
