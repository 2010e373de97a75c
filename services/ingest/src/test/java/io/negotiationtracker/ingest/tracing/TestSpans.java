package io.negotiationtracker.ingest.tracing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.inject.Singleton;

/** With {@code test.tracing.in-memory=true}, the service's spans also go to {@link #EXPORTER}. */
@Factory
@Requires(property = "test.tracing.in-memory", value = "true")
public class TestSpans {
    public static final InMemorySpanExporter EXPORTER = InMemorySpanExporter.create();

    @Singleton
    SpanExporter inMemory() {
        return EXPORTER;
    }
}
