package io.negotiationtracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.negotiationtracker.ingest.test.IngestFixture;
import io.negotiationtracker.platform.http.ProblemErrorResponseProcessor;
import io.negotiationtracker.testsupport.http.Reply;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A 500 tells the client an error id, never the internal text (SQL, exception messages); the log has both. */
class InternalErrorTest {
    @Test
    void aFiveHundredCarriesAnErrorIdAndNoInternalText() throws Exception {
        IngestFixture.Builder app = IngestFixture.fresh("internal");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger logger = (Logger) LoggerFactory.getLogger(ProblemErrorResponseProcessor.class);
        logger.addAppender(log);
        try (IngestFixture ingest = app.start()) {
            try (Connection c = DirectRows.connect(app.properties());
                    Statement s = c.createStatement()) {
                s.execute("alter table ingest.events rename to events_gone_for_this_test");
            }
            Reply reply = new Api(ingest.url()).get("/api/events?after=0");
            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            String errorId = reply.json().get("errorId").asText();
            assertThat(reply.json().get("detail").asText()).contains(errorId);
            assertThat(reply.raw().body())
                    .doesNotContain("events")
                    .doesNotContain("relation")
                    .doesNotContain("SQL");
            assertThat(log.list)
                    .anySatisfy(e -> assertThat(e.getFormattedMessage())
                            .contains(errorId)
                            .contains("does not exist"));
        } finally {
            logger.detachAppender(log);
        }
    }
}
