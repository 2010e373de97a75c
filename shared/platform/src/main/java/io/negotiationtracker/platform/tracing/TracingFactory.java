package io.negotiationtracker.platform.tracing;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's OpenTelemetry SDK (W3C trace context): spans exported by OTLP/HTTP in batches when
 * {@code tracker.tracing.otlp-endpoint} is set, to any {@link SpanExporter} bean as they end (tests give an in-memory
 * one), and nowhere otherwise. Not registered as the global instance: each application context has its own.
 */
@Factory
public class TracingFactory {
    private static final Logger LOG = LoggerFactory.getLogger(TracingFactory.class);

    @Singleton
    @Bean(preDestroy = "close")
    OpenTelemetrySdk openTelemetry(
            TracingSettings settings,
            @Value("${micronaut.application.name:negotiation-tracker}") String service,
            List<SpanExporter> exporters) {
        SdkTracerProviderBuilder tracer = SdkTracerProvider.builder()
                .setResource(Resource.getDefault()
                        .merge(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), service))));
        for (SpanExporter exporter : exporters) tracer.addSpanProcessor(SimpleSpanProcessor.create(exporter));
        if (settings.exporting()) {
            tracer.addSpanProcessor(BatchSpanProcessor.builder(OtlpHttpSpanExporter.builder()
                            .setEndpoint(settings.tracesUrl())
                            .build())
                    .build());
            LOG.info("exporting traces by OTLP to {}", settings.tracesUrl());
        }
        return OpenTelemetrySdk.builder()
                .setTracerProvider(tracer.build())
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                .build();
    }
}
