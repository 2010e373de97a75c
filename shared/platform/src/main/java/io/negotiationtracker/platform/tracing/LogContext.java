package io.negotiationtracker.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.MDC;

/**
 * The ids a log line carries (MDC): {@code trace_id} and {@code span_id} of the current span, {@code event_id} and
 * {@code negotiation_id} where they exist. The JSON log format writes them as fields; {@link #close} puts back what was
 * there before.
 */
public final class LogContext implements AutoCloseable {
    public static final String TRACE_ID = "trace_id";
    public static final String SPAN_ID = "span_id";
    public static final String EVENT_ID = "event_id";
    public static final String NEGOTIATION_ID = "negotiation_id";

    private final Map<String, String> before;

    private LogContext(Map<String, String> before) {
        this.before = before;
    }

    /** The ids of {@code span} (when valid) and the given pairs (nulls skipped), until closed. */
    public static LogContext put(Span span, String... keysAndValues) {
        Map<String, String> ids = new LinkedHashMap<>();
        SpanContext c = span.getSpanContext();
        if (c.isValid()) {
            ids.put(TRACE_ID, c.getTraceId());
            ids.put(SPAN_ID, c.getSpanId());
        }
        for (int i = 0; i + 1 < keysAndValues.length; i += 2)
            if (keysAndValues[i + 1] != null) ids.put(keysAndValues[i], keysAndValues[i + 1]);
        return put(ids);
    }

    static LogContext put(Map<String, String> ids) {
        Map<String, String> before = new HashMap<>();
        for (Map.Entry<String, String> e : ids.entrySet()) {
            before.put(e.getKey(), MDC.get(e.getKey()));
            MDC.put(e.getKey(), e.getValue());
        }
        return new LogContext(before);
    }

    @Override
    public void close() {
        for (Map.Entry<String, String> e : before.entrySet()) {
            if (e.getValue() == null) MDC.remove(e.getKey());
            else MDC.put(e.getKey(), e.getValue());
        }
    }
}
