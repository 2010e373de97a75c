package io.negotiationtracker.ingest.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.ContextInitializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.negotiationtracker.platform.tracing.LogContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The service's logback.xml with LOG_FORMAT=json: one JSON object a line, the MDC ids as fields (parsed back). */
class JsonLogsTest {
    @Test
    void withLogFormatJsonEachLineIsJsonWithTheTraceEventAndNegotiationIds() throws Exception {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Span span = Span.wrap(SpanContext.create(
                "0af7651916cd43dd8448eb211c80319c",
                "b7ad6b7169203331",
                TraceFlags.getSampled(),
                TraceState.getDefault()));
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            logging.reset();
            logging.putProperty("LOG_FORMAT", "json");
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(logging);
            configurator.doConfigure(JsonLogsTest.class.getResource("/logback.xml"));
            var log = LoggerFactory.getLogger("io.negotiationtracker.ingest.test");
            try (LogContext ids = LogContext.put(
                    span,
                    LogContext.EVENT_ID,
                    "7c1d0e52-0000-4000-8000-000000000001",
                    LogContext.NEGOTIATION_ID,
                    "n-1")) {
                log.info("applied {}", "an event");
            }
            log.info("outside");
        } finally {
            System.setOut(stdout);
            logging.reset();
            new ContextInitializer(logging).autoConfig();
        }
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        ObjectMapper json = new ObjectMapper();
        JsonNode inside = json.readTree(lines.get(0));
        assertThat(inside.path("level").asText()).isEqualTo("INFO");
        assertThat(inside.path("formattedMessage").asText()).isEqualTo("applied an event");
        assertThat(inside.path("mdc").path("trace_id").asText()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(inside.path("mdc").path("span_id").asText()).isEqualTo("b7ad6b7169203331");
        assertThat(inside.path("mdc").path("event_id").asText()).isEqualTo("7c1d0e52-0000-4000-8000-000000000001");
        assertThat(inside.path("mdc").path("negotiation_id").asText()).isEqualTo("n-1");
        JsonNode outside = json.readTree(lines.get(1));
        assertThat(outside.path("formattedMessage").asText()).isEqualTo("outside");
        assertThat(outside.path("mdc").path("trace_id").isMissingNode()).isTrue();
    }
}
