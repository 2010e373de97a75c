package io.negotiationtracker.platform.tracing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The trace context (a W3C {@code traceparent}) of work handed to a background loop through the database: an event the
 * relay will publish, an alert a webhook or an email will deliver. Kept in memory, the newest {@code capacity} only:
 * work done by another instance, or after a restart, starts a trace of its own.
 */
public final class TraceLinks {
    private final Map<String, String> links;

    public TraceLinks(int capacity) {
        this.links = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized void remember(String key, String traceParent) {
        if (traceParent != null) links.put(key, traceParent);
    }

    public synchronized Optional<String> find(String key) {
        return Optional.ofNullable(links.get(key));
    }
}
