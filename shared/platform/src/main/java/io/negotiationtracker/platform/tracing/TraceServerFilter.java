package io.negotiationtracker.platform.tracing;

import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import java.util.Optional;

/**
 * A SERVER span for every API request, a child of the caller's {@code traceparent} when it sends one; kept as a
 * request attribute ({@link #spanOf}) for a controller that hands work to a background loop, ended with the response.
 */
@ServerFilter("/api/**")
public class TraceServerFilter {
    static final String ATTRIBUTE = "tracker.tracing.span";

    private final Tracing tracing;

    public TraceServerFilter(Tracing tracing) {
        this.tracing = tracing;
    }

    public static Optional<Span> spanOf(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, Span.class);
    }

    @RequestFilter
    public void start(HttpRequest<?> request, MutablePropagatedContext context) {
        Span span = tracing.start(
                request.getMethodName() + " " + request.getPath(),
                SpanKind.SERVER,
                tracing.extract(name -> request.getHeaders().get(name)));
        span.setAttribute("http.request.method", request.getMethodName());
        span.setAttribute("url.path", request.getPath());
        request.setAttribute(ATTRIBUTE, span);
        context.add(new RequestTraceContext(span));
    }

    @ResponseFilter
    public void end(HttpRequest<?> request, MutableHttpResponse<?> response) {
        spanOf(request).ifPresent(span -> {
            span.setAttribute(AttributeKey.longKey("http.response.status_code"), response.code());
            if (response.code() >= 500) span.setStatus(StatusCode.ERROR);
            span.end();
        });
    }
}
