package io.negotiationtracker.notifier.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.negotiationtracker.events.DeadlineClass;
import io.negotiationtracker.events.DeadlineSet;
import io.negotiationtracker.events.WorldDate;
import io.negotiationtracker.notifier.support.AlertTable;
import io.negotiationtracker.notifier.support.EventWriter;
import io.negotiationtracker.notifier.support.NotifierFixture;
import io.negotiationtracker.testsupport.http.Http;
import io.negotiationtracker.testsupport.http.Reply;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Alert emails through a real SMTP server (GreenMail) started by the test: one message per alert, sources cited; down: retried, then dead. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmailDeliveryTest {
    static final String WRITER = NotifierFixture.writerToken();

    NotifierFixture app;
    NotifierFixture.Running notifier;
    EventWriter events;
    GreenMail smtp;
    int port;

    @BeforeAll
    void start() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        app = NotifierFixture.fresh()
                .today("2025-01-01")
                .with("tracker.alerts.scan-interval", "1h")
                .with("tracker.email.smtp-port", port)
                .with("tracker.email.max-attempts", 3)
                .with("tracker.email.initial-backoff", "100ms")
                .with("tracker.email.max-backoff", "300ms")
                .with("tracker.email.timeout", "2s")
                .with("tracker.email.poll", "200ms");
        notifier = app.start();
        events = new EventWriter(app.eventsTopic());
    }

    @AfterAll
    void stop() {
        events.close();
        notifier.close();
        smtp.stop();
    }

    Reply subscribe(String json) {
        return Http.postAs(WRITER, notifier.url() + "/api/subscriptions/email", json);
    }

    JsonNode deliveries(String id, String status) {
        return Http.getAs(
                        WRITER,
                        notifier.url() + "/api/subscriptions/email/" + id + "/deliveries"
                                + (status == null ? "" : "?status=" + status))
                .json()
                .path("deliveries");
    }

    @Test
    void oneMessagePerAlertCitingItsSourcesThenRetriedAndDeadWhileTheServerIsDownAndDeliveredAgainOnceItIsBack()
            throws Exception {
        var created = subscribe("{\"address\":\"desk@example.org\",\"negotiationId\":\"mail-case\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(created.json().path("policy").path("classes").toString()).isEqualTo("[\"legal\"]");

        events.write(
                "mail-case",
                "2025-06-01",
                DeadlineSet.of(
                        "aim",
                        "Japan's aim",
                        WorldDate.parse("2025-07-early"),
                        DeadlineClass.TARGET,
                        "JP",
                        null,
                        null));
        events.set("mail-case", "pause-end", "2025-07-09");
        assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> deliveries(id, "delivered").size() == 1);
        MimeMessage m = smtp.getReceivedMessages()[0];
        assertThat(m.getAllRecipients()[0].toString()).isEqualTo("desk@example.org");
        assertThat(m.getSubject()).isEqualTo("[negotiation tracker] Deadline pause-end: set (due 2025-07-09)");
        String body = GreenMailUtil.getBody(m);
        assertThat(body)
                .contains("Deadline pause-end is set for 2025-07-09")
                .contains("Sources:")
                .contains("- Test Wire, \"notifier test\"");
        assertThat(m.getHeader("X-Tracker-Delivery")[0])
                .isEqualTo(deliveries(id, "delivered").get(0).path("id").asText());
        assertThat(smtp.getReceivedMessages())
                .as("the target is not followed by the default policy")
                .hasSize(1);

        smtp.stop();
        events.move("mail-case", "pause-end", "2025-07-09", "2025-08-01");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveries(id, "dead").size() == 1);
        JsonNode dead = deliveries(id, "dead").get(0);
        assertThat(dead.path("attempts").asInt()).isEqualTo(3);
        assertThat(dead.path("lastError").asText()).isNotBlank();

        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        events.move("mail-case", "pause-end", "2025-08-01", "2025-07-20");
        assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()[0].getSubject()).contains("advanced (due 2025-07-20)");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> deliveries(id, "delivered").size() == 2);
        assertThat(deliveries(id, null))
                .extracting(d -> d.path("status").asText())
                .containsExactly("delivered", "dead", "delivered");
    }

    @Test
    void anAddressThatDoesNotParseIsRefusedNamingTheFieldAndNothingIsStored() {
        List<String> before = AlertTable.strings(app.jdbcUrl(), "select count(*) from notifier.email_subscriptions");
        for (String bad : Arrays.asList("\"not an address\"", "\"desk@\"", "\"Desk <desk@example.org>\"", "42")) {
            var r = subscribe("{\"address\":" + bad + "}");
            assertThat(r.status()).as(bad + ": " + r.body()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().path("field").asText()).isEqualTo("address");
        }
        assertThat(subscribe("{\"address\":\"desk@example.org\",\"colour\":\"red\"}")
                        .json()
                        .path("field")
                        .asText())
                .isEqualTo("colour");
        assertThat(subscribe("{\"address\":\"desk@example.org\",\"filters\":{\"issues\":[\"autos\"]}}")
                        .json()
                        .path("field")
                        .asText())
                .isEqualTo("filters.issues");
        assertThat(AlertTable.strings(app.jdbcUrl(), "select count(*) from notifier.email_subscriptions"))
                .isEqualTo(before);
        assertThat(Http.postAs(
                                NotifierFixture.readerToken(),
                                notifier.url() + "/api/subscriptions/email",
                                "{\"address\":\"desk@example.org\"}")
                        .status())
                .isEqualTo(403);
    }
}
