package io.negotiationtracker.platform.http;

import io.micronaut.http.HttpStatus;
import java.util.Map;

/** Thrown by controllers to answer with an application/problem+json body. */
public class ProblemException extends RuntimeException {
    private final HttpStatus status;
    private final String field;
    private final Map<String, Object> extra;

    public ProblemException(HttpStatus status, String detail, String field, Map<String, Object> extra) {
        super(detail);
        this.status = status;
        this.field = field;
        this.extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    public static ProblemException badRequest(String field, String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, detail, field, null);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, detail, null, null);
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }

    public Map<String, Object> extra() {
        return extra;
    }
}
