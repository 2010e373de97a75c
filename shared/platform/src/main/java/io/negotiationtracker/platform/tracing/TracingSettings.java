package io.negotiationtracker.platform.tracing;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code tracker.tracing.*}: where spans go. With {@code otlp-endpoint} (an OTLP/HTTP collector's base URL, e.g.
 * {@code http://otel-collector:4318}; {@code OTEL_EXPORTER_OTLP_ENDPOINT}) they are exported there; without it nothing
 * is exported, although trace context still flows through HTTP, Kafka, webhooks and emails and into the log lines.
 */
@ConfigurationProperties("tracker.tracing")
public record TracingSettings(@Nullable String otlpEndpoint) {
    /** True when spans are exported (an endpoint is set and not blank). */
    public boolean exporting() {
        return otlpEndpoint != null && !otlpEndpoint.isBlank();
    }

    /** The OTLP/HTTP traces URL of the endpoint ({@code /v1/traces} added unless the path already names it). */
    public String tracesUrl() {
        String base = otlpEndpoint.strip();
        if (base.endsWith("/v1/traces")) return base;
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/v1/traces";
    }
}
