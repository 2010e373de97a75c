package io.negotiationtracker.platform.tracing;

import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * A request's span, made current (OpenTelemetry context and the log's MDC ids) on whatever thread Micronaut runs the
 * request's code on: the controller on the blocking executor included.
 */
record RequestTraceContext(Span span) implements ThreadPropagatedContextElement<RequestTraceContext.Current> {
    record Current(Scope scope, LogContext log) {}

    @Override
    public Current updateThreadContext() {
        return new Current(Context.current().with(span).makeCurrent(), LogContext.put(span));
    }

    @Override
    public void restoreThreadContext(Current current) {
        current.log().close();
        current.scope().close();
    }
}
