package io.negotiationtracker.notifier.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationtracker.notifier.support.AlertTable;
import io.negotiationtracker.notifier.support.Alerts;
import io.negotiationtracker.notifier.support.EventWriter;
import io.negotiationtracker.notifier.support.NotifierFixture;
import io.negotiationtracker.notifier.support.Seed;
import io.negotiationtracker.notifier.support.WebhookReceiver;
import io.negotiationtracker.testsupport.http.Http;
import io.negotiationtracker.testsupport.http.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Subscriptions by topic, against the seed on the real topic, a real database and a real local receiver: each
 * subscription gets the webhook deliveries its policy and filter want, and nothing else; bad filters are refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopicSubscriptionTest {
    static final String SECRET = "whsec-test-0123456789abcdef";
    static final String WRITER = NotifierFixture.writerToken();

    NotifierFixture app;
    NotifierFixture.Running notifier;
    WebhookReceiver receiver;

    @BeforeAll
    void start() throws Exception {
        app = NotifierFixture.fresh().today("2025-05-01").with("tracker.alerts.scan-interval", "1h");
        notifier = app.start();
        receiver = new WebhookReceiver(n -> 200);
        try (EventWriter writer = new EventWriter(app.eventsTopic())) {
            Seed.envelopes().forEach(writer::resend);
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> AlertTable.strings(
                                app.jdbcUrl(), "select count(*) from notifier.applied_versions " + "where version = 37")
                        .equals(List.of("1")));
    }

    @AfterAll
    void stop() {
        receiver.close();
        notifier.close();
    }

    Reply subscribe(String extra) {
        return Http.postAs(
                WRITER,
                notifier.url() + "/api/subscriptions",
                "{\"url\":\"" + receiver.url() + "\",\"secret\":\"" + SECRET + "\"" + extra + "}");
    }

    String created(String extra) {
        var r = subscribe(extra);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    /** "kind deadlineId" of each alert delivered to the subscription. */
    List<String> delivered(String subscriptionId) {
        Map<Long, String> alerts = new java.util.HashMap<>();
        Alerts.of(notifier.url(), "limit=5000")
                .forEach(a -> alerts.put(
                        a.path("seq").asLong(),
                        a.path("kind").asText() + " " + a.path("deadlineId").asText()));
        List<String> out = new ArrayList<>();
        for (JsonNode d : Http.getAs(WRITER, notifier.url() + "/api/subscriptions/" + subscriptionId + "/deliveries")
                .json()
                .path("deliveries")) out.add(alerts.get(d.path("alertSeq").asLong()));
        return out;
    }

    @Test
    void eachSubscriptionGetsWhatItsPolicyAndFilterFollow() {
        String legal = created("");
        String jpTargets = created(
                ",\"policy\":{\"classes\":[\"target\"],\"horizonsDays\":[7]},\"filters\":{\"parties\":[\"JP\"]}");
        String reciprocal = created(",\"negotiationId\":\"" + Seed.ID
                + "\",\"filters\":{\"issues\":[\"reciprocal-tariffs\"],\"measures\":[\"us-reciprocal-tariff\"]}");
        String autos = created(",\"negotiationId\":\"" + Seed.ID + "\",\"filters\":{\"issues\":[\"auto-tariffs\"]}");
        String cars = created(",\"filters\":{\"products\":[\"8703\"]}");
        String dayBefore = created(
                ",\"policy\":{\"classes\":[\"legal\",\"milestone\"],\"kinds\":[\"approaching\"],\"horizonsDays\":[1]}");

        assertThat(Http.getAs(WRITER, notifier.url() + "/api/subscriptions/" + legal)
                        .json()
                        .path("policy")
                        .path("classes")
                        .toString())
                .isEqualTo("[\"legal\"]");
        assertThat(Http.getAs(WRITER, notifier.url() + "/api/subscriptions/" + reciprocal)
                        .json()
                        .path("filters")
                        .path("issues")
                        .toString())
                .isEqualTo("[\"reciprocal-tariffs\"]");

        notifier.scan("2025-06-24");
        notifier.scan("2025-07-02");
        notifier.scan("2025-07-08");
        notifier.scan("2025-07-19");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(delivered(legal))
                    .containsExactlyInAnyOrder(
                            "approaching reciprocal-tariff-pause-end",
                            "approaching reciprocal-tariff-pause-end",
                            "passed reciprocal-tariff-pause-end");
            assertThat(delivered(jpTargets))
                    .containsExactlyInAnyOrder(
                            "approaching conclude-negotiations-early-july",
                            "target_missed conclude-negotiations-early-july");
            assertThat(delivered(reciprocal))
                    .containsExactlyInAnyOrder(
                            "approaching reciprocal-tariff-pause-end",
                            "approaching reciprocal-tariff-pause-end",
                            "passed reciprocal-tariff-pause-end");
            assertThat(delivered(dayBefore))
                    .containsExactlyInAnyOrder(
                            "approaching reciprocal-tariff-pause-end", "approaching upper-house-election-2025");
        });
        assertThat(delivered(autos))
                .as("no deadline of the seed is about autos")
                .isEmpty();
        assertThat(delivered(cars))
                .as("no measure of the seed names an HS code")
                .isEmpty();
    }

    @Test
    void aFilterNamingAnUnknownIssueOrMeasureIsRefusedNamingTheFieldAndNothingIsStored() {
        int before = Http.getAs(WRITER, notifier.url() + "/api/subscriptions")
                .json()
                .path("subscriptions")
                .size();
        problem(
                subscribe(",\"negotiationId\":\"" + Seed.ID
                        + "\",\"filters\":{\"issues\":[\"reciprocal-tariffs\",\"rice\"]}"),
                422,
                "filters.issues[1]");
        problem(
                subscribe(",\"negotiationId\":\"" + Seed.ID + "\",\"filters\":{\"measures\":[\"us-rice-tariff\"]}"),
                422,
                "filters.measures[0]");
        problem(subscribe(",\"filters\":{\"issues\":[\"auto-tariffs\"]}"), 422, "filters.issues");
        problem(subscribe(",\"policy\":{\"horizonsDays\":[3]}"), 422, "policy.horizonsDays");
        problem(subscribe(",\"filters\":{\"colour\":[\"red\"]}"), 400, "filters.colour");
        problem(subscribe(",\"filters\":{\"products\":[\"cars\"]}"), 400, "filters.products[0]");
        problem(subscribe(",\"policy\":{\"classes\":[\"hard\"]}"), 400, "policy.classes[0]");
        problem(subscribe(",\"policy\":{\"colour\":\"red\"}"), 400, "policy.colour");
        assertThat(Http.getAs(WRITER, notifier.url() + "/api/subscriptions")
                        .json()
                        .path("subscriptions"))
                .hasSize(before);
        assertThat(Http.postAs(
                                NotifierFixture.readerToken(),
                                notifier.url() + "/api/subscriptions",
                                "{\"url\":\"" + receiver.url() + "\",\"secret\":\"" + SECRET + "\"}")
                        .status())
                .as("management needs the writer role")
                .isEqualTo(403);
    }

    static void problem(Reply r, int status, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("field").asText()).isEqualTo(field);
    }
}
