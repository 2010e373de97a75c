package io.negotiationtracker.platform.tracing;

import io.negotiationtracker.platform.kafka.EventLocation;
import io.negotiationtracker.platform.kafka.RecordHandler;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A consumer's handler with one CONSUMER span per record applied, a child of the context in the record's headers (the
 * relay's publish span), current while the record is applied: what the handler starts (an alert) joins the trace.
 */
public final class TracedRecordHandler implements RecordHandler {
    private final RecordHandler handler;
    private final Tracing tracing;

    private TracedRecordHandler(RecordHandler handler, Tracing tracing) {
        this.handler = handler;
        this.tracing = tracing;
    }

    public static RecordHandler wrap(RecordHandler handler, Tracing tracing) {
        return new TracedRecordHandler(handler, tracing);
    }

    @Override
    public void apply(Connection connection, ConsumerRecord<String, String> record) throws SQLException {
        Span span = tracing.start(record.topic() + " process", SpanKind.CONSUMER, tracing.extract(record.headers()));
        span.setAttribute("messaging.system", "kafka");
        span.setAttribute("messaging.destination.name", record.topic());
        span.setAttribute(AttributeKey.longKey("messaging.kafka.offset"), record.offset());
        span.setAttribute("messaging.kafka.message.key", String.valueOf(record.key()));
        try (Scope ignored = span.makeCurrent();
                LogContext log = LogContext.put(
                        span, LogContext.EVENT_ID, header(record, "ce_id"), LogContext.NEGOTIATION_ID, record.key())) {
            handler.apply(connection, record);
        } catch (SQLException | RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void beginBatch() {
        handler.beginBatch();
    }

    @Override
    public boolean writesPerRecord() {
        return handler.writesPerRecord();
    }

    @Override
    public void beforeCommit(Connection connection) throws SQLException {
        handler.beforeCommit(connection);
    }

    @Override
    public void afterCommit() {
        handler.afterCommit();
    }

    @Override
    public Optional<EventLocation> locate(ConsumerRecord<String, String> record) {
        return handler.locate(record);
    }

    @Override
    public void afterDeadLetter(ConsumerRecord<String, String> record) {
        handler.afterDeadLetter(record);
    }
}
