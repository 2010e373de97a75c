package io.negotiationtracker.platform.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error the framework itself answers (404 route, 405, 413, 415, bad parameters, 401 and 403 from the security
 * rules...) is problem+json too; a 401 or 403 names the Authorization header as its field. A 5xx never carries
 * internal text (exception messages, SQL): it is logged with an id, and the answer gives only that id.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Map<String, Object>> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorResponseProcessor.class);

    @Override
    public MutableHttpResponse<Map<String, Object>> processResponse(
            ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        if (status >= 500) return internal(context, response, status);
        if (status == 401 || status == 403) return refusedToken(response, status);
        List<Error> errors = context.getErrors();
        String detail = errors.isEmpty() ? response.reason() : errors.get(0).getMessage();
        String field = errors.isEmpty() ? null : errors.get(0).getPath().orElse(null);
        Map<String, Object> extra = errors.size() > 1
                ? Map.of(
                        "errors",
                        errors.stream()
                                .map(e -> Map.of("field", e.getPath().orElse(""), "message", e.getMessage()))
                                .toList())
                : null;
        return response.contentType(Problem.MEDIA_TYPE)
                .body(Problem.body(status, response.reason(), detail, field, extra));
    }

    /**
     * A request the security rules refused (no valid bearer token: 401; a token without the role the request needs:
     * 403) names the input at fault, the Authorization header, like any other refusal.
     */
    private static MutableHttpResponse<Map<String, Object>> refusedToken(MutableHttpResponse<?> response, int status) {
        String detail = status == 401
                ? "a valid bearer token is required: send Authorization: Bearer <token>"
                : "the bearer token does not carry the role this request needs (a write needs the writer role)";
        return response.contentType(Problem.MEDIA_TYPE)
                .body(Problem.body(status, response.reason(), detail, "Authorization", null));
    }

    private static MutableHttpResponse<Map<String, Object>> internal(
            ErrorContext context, MutableHttpResponse<?> response, int status) {
        String errorId = UUID.randomUUID().toString();
        String what = context.getErrors().isEmpty()
                ? response.reason()
                : context.getErrors().get(0).getMessage();
        LOG.error(
                "error {}: {} {} answered {}: {}",
                errorId,
                context.getRequest().getMethodName(),
                context.getRequest().getPath(),
                status,
                what,
                context.getRootCause().orElse(null));
        return response.contentType(Problem.MEDIA_TYPE)
                .body(Problem.body(
                        status,
                        response.reason(),
                        "the service failed to answer; the error is logged with id " + errorId,
                        null,
                        Map.of("errorId", errorId)));
    }
}
