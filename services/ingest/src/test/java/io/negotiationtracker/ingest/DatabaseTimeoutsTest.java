package io.negotiationtracker.ingest;

import static io.negotiationtracker.ingest.Events.opened;
import static io.negotiationtracker.ingest.Events.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.negotiationtracker.ingest.test.IngestFixture;
import io.negotiationtracker.testsupport.http.Reply;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** No database wait is without bound: a half-open connection fails the append in seconds, and the single writer lives on. */
class DatabaseTimeoutsTest {
    @Test
    void theServiceSessionsCarryStatementAndLockTimeouts() throws Exception {
        try (IngestFixture ingest = IngestFixture.fresh("db-timeouts").start();
                Connection c = ingest.bean(DataSource.class).getConnection();
                Statement s = c.createStatement()) {
            assertThat(show(s, "statement_timeout")).isEqualTo("1min");
            assertThat(show(s, "lock_timeout")).isEqualTo("15s");
            assertThat(show(s, "idle_in_transaction_session_timeout")).isEqualTo("2min");
        }
    }

    @Test
    void aHalfOpenDatabaseConnectionFailsTheAppendInSecondsAndTheWriterRecovers() throws Exception {
        IngestFixture.Builder app = IngestFixture.fresh("half-open");
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/(.*)")
                .matcher((String) app.properties().get("datasources.default.url"));
        assertThat(url.matches()).isTrue();
        try (FreezableProxy proxy = new FreezableProxy(url.group(1), Integer.parseInt(url.group(2)))) {
            // shorter than the service's defaults (connect 5 s, socket 90 s), to keep the test short; URL parameters
            // win
            app.with(
                    "datasources.default.url",
                    "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + url.group(3)
                            + (url.group(3).contains("?") ? "&" : "?") + "socketTimeout=2&connectTimeout=2");
            app.with("datasources.default.connection-timeout", 4000);
            try (IngestFixture ingest = app.start()) {
                Api api = new Api(ingest.url());
                assertThat(api.append("half-open", opened(UUID.randomUUID())).status())
                        .isEqualTo(201);
                for (int i = 0; i < 5; i++)
                    assertThat(api.append("half-open", statement(null, "warm " + i))
                                    .status())
                            .isEqualTo(201);

                proxy.freeze();
                long start = System.nanoTime();
                Reply during = api.append("half-open", statement(null, "while the database is unreachable"));
                long tookMillis = (System.nanoTime() - start) / 1_000_000;
                assertThat(during.status()).isGreaterThanOrEqualTo(500);
                assertThat(tookMillis).as("failed in seconds, not hung").isLessThan(15_000);

                proxy.thaw();
                await().atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> api.append("half-open", statement(null, "after"))
                                        .status()
                                == 201);
            }
        }
    }

    private static String show(Statement s, String setting) throws Exception {
        try (ResultSet rs = s.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
