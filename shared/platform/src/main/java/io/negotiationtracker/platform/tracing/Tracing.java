package io.negotiationtracker.platform.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Spans and W3C trace context for the services: read from and written to HTTP headers, Kafka record headers and mail
 * headers ({@code traceparent}, {@code tracestate}), and kept across a background loop with {@link #links()}.
 */
@Singleton
public class Tracing {
    public static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;
    private final TextMapPropagator propagator;
    private final TraceLinks links = new TraceLinks(20_000);

    public Tracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("io.negotiationtracker");
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    public TraceLinks links() {
        return links;
    }

    /** Starts a span whose parent is {@code parent}'s span (a new trace when it has none). */
    public Span start(String name, SpanKind kind, Context parent) {
        return tracer.spanBuilder(name).setSpanKind(kind).setParent(parent).startSpan();
    }

    /** The context carried by headers read with {@code header} (a name in, its value or null out). */
    public Context extract(Function<String, String> header) {
        return propagator.extract(Context.root(), header, new TextMapGetter<Function<String, String>>() {
            @Override
            public Iterable<String> keys(Function<String, String> carrier) {
                return propagator.fields();
            }

            @Override
            public String get(Function<String, String> carrier, String key) {
                return carrier == null ? null : carrier.apply(key);
            }
        });
    }

    /** The context of a stored {@code traceparent} (the root context when there is none). */
    public Context fromTraceParent(Optional<String> traceParent) {
        return traceParent
                .map(tp -> extract(name -> TRACEPARENT.equals(name) ? tp : null))
                .orElse(Context.root());
    }

    /** The headers ({@code traceparent}, and {@code tracestate} when there is one) that carry {@code span}'s context. */
    public Map<String, String> headers(Span span) {
        Map<String, String> headers = new LinkedHashMap<>();
        propagator.inject(Context.root().with(span), headers, Map::put);
        return headers;
    }

    /** {@code span}'s {@code traceparent}, or null when it is not a valid span. */
    public String traceParent(Span span) {
        return span.getSpanContext().isValid() ? headers(span).get(TRACEPARENT) : null;
    }

    /** The context a Kafka record carries in its headers. */
    public Context extract(Headers headers) {
        return extract(name -> {
            Header h = headers.lastHeader(name);
            return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
        });
    }

    /** Writes {@code span}'s context into a Kafka record's headers (replacing any there). */
    public void inject(Span span, Headers headers) {
        for (Map.Entry<String, String> h : headers(span).entrySet()) {
            headers.remove(h.getKey());
            headers.add(h.getKey(), h.getValue().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The header names trace context travels in. */
    public List<String> fields() {
        return List.copyOf(propagator.fields());
    }
}
