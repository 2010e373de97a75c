package io.negotiationtracker.platform.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** Every error the framework itself answers (404 route, 405, 413, 415, bad parameters...) is problem+json too. */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Map<String, Object>> {
    @Override
    public MutableHttpResponse<Map<String, Object>> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        List<Error> errors = context.getErrors();
        String detail = errors.isEmpty() ? response.reason() : errors.get(0).getMessage();
        String field = errors.isEmpty() ? null : errors.get(0).getPath().orElse(null);
        Map<String, Object> extra = errors.size() > 1
                ? Map.of("errors", errors.stream().map(e -> Map.of("field", e.getPath().orElse(""), "message", e.getMessage())).toList())
                : null;
        return response.contentType(Problem.MEDIA_TYPE).body(Problem.body(status, response.reason(), detail, field, extra));
    }
}
