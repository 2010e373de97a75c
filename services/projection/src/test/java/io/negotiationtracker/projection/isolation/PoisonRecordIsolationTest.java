package io.negotiationtracker.projection.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.runtime.server.EmbeddedServer;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.NegotiationOpened;
import io.negotiationtracker.events.Party;
import io.negotiationtracker.events.Person;
import io.negotiationtracker.events.StatementMade;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.projection.support.DeadLetterTopic;
import io.negotiationtracker.projection.support.ProjectionApp;
import io.negotiationtracker.projection.support.Story;
import io.negotiationtracker.projection.support.Topic;
import io.negotiationtracker.testsupport.http.Http;
import io.negotiationtracker.testsupport.http.Reply;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The original incident of issue #11: a NegotiationOpened whose title holds U+0000 reaches the topic (produced directly,
 * as ingest now refuses it). PostgreSQL refuses that text when the batch is written, so the whole batch fails; the
 * consumer must isolate the record, dead-letter it once (table and topic, also after a restart) and go on with every
 * later event of every negotiation.
 */
class PoisonRecordIsolationTest {
    private static final EventCodec CODEC = new EventCodec();
    private static final List<Party> PARTIES = List.of(new Party("US", "United States"), new Party("JP", "Japan"));

    @Test
    void aRecordThePostgresLayerRefusesIsDeadLetteredOnceAndLaterEventsOfEveryNegotiationAreApplied() {
        try (Topic topic = new Topic("projection-poison", 1)) {
            Story a = new Story("poison-a");
            Story b = new Story("poison-b");
            Story c = new Story("poison-c");
            topic.send(
                    a.on("2025-06-01", new NegotiationOpened("Talks A", PARTIES, List.of(), null)),
                    b.on("2025-06-01", new NegotiationOpened("Talks B", PARTIES, List.of(), null)));
            EventEnvelope poison = c.on("2025-06-02", new NegotiationOpened("NULMARKER", PARTIES, List.of(), null));
            topic.raw(poison.negotiationId(), CODEC.write(poison).replace("NULMARKER", "Talks \\u0000 C"));
            topic.send(a.on("2025-06-03", statement("A goes on")), b.on("2025-06-03", statement("B goes on")));

            ProjectionApp app = ProjectionApp.onNewDatabase("projection_poison", topic.name());
            EmbeddedServer first =
                    app.with("tracker.projection.max-attempts", 2).start();
            try {
                String api = "http://127.0.0.1:" + first.getPort();
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> version(api, "poison-a") == 2 && version(api, "poison-b") == 2);
                assertThat(Http.get(api + "/api/negotiations/poison-c/status").status())
                        .isEqualTo(404);

                JsonNode letters = Http.get(api + "/api/dead-letters").json().path("deadLetters");
                assertThat(letters).hasSize(1);
                JsonNode letter = letters.get(0);
                assertThat(letter.path("key").asText()).isEqualTo("poison-c");
                assertThat(letter.path("source").asText()).isEqualTo(topic.name() + "/0/2");
                // Since the event contract refuses control characters, the record is refused when read (U+0000), before
                // PostgreSQL could refuse it (0x00); either way it is isolated, and a record that fails later is too.
                assertThat(letter.path("reason").asText()).containsAnyOf("0x00", "U+0000");
                assertThat(letter.path("version").asLong()).isEqualTo(1);
                assertThat(letter.path("position").asLong()).isEqualTo(poison.position());
                assertThat(deadLettered(first)).isEqualTo(1.0);

                String dlq = topic.name() + ".dlq";
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> DeadLetterTopic.readAll(dlq).size() == 1);
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> Http.get(api + "/api/dead-letters")
                                .json()
                                .path("deadLetters")
                                .get(0)
                                .path("published")
                                .asBoolean());
                var onTopic = DeadLetterTopic.readAll(dlq).get(0);
                assertThat(onTopic.key()).isEqualTo("poison-c");
                assertThat(onTopic.source()).isEqualTo(topic.name() + "/0/2");
                assertThat(onTopic.position()).isEqualTo(Long.toString(poison.position()));
                assertThat(onTopic.reason()).containsAnyOf("0x00", "U+0000");

                assertThat(Http.get(api + "/health/readiness").status()).isEqualTo(200);
            } finally {
                first.getApplicationContext().close();
            }

            EmbeddedServer second = app.start();
            try {
                String api = "http://127.0.0.1:" + second.getPort();
                topic.send(a.on("2025-06-04", statement("A after the restart")));
                await().atMost(Duration.ofSeconds(30)).until(() -> version(api, "poison-a") == 3);
                assertThat(Http.get(api + "/api/dead-letters").json().path("deadLetters"))
                        .hasSize(1);
                assertThat(DeadLetterTopic.readAll(topic.name() + ".dlq")).hasSize(1);
            } finally {
                second.getApplicationContext().close();
            }
        }
    }

    private static StatementMade statement(String quote) {
        return new StatementMade(new Person("Ryosei Akazawa", "negotiator", "JP"), quote, null);
    }

    private static long version(String api, String id) {
        Reply r = Http.get(api + "/api/negotiations/" + id + "/status");
        return r.status() == 200 ? r.json().path("version").asLong() : 0;
    }

    private static double deadLettered(EmbeddedServer server) {
        return server
                .getApplicationContext()
                .getBean(MeterRegistry.class)
                .find("projection.dead_letters")
                .counters()
                .stream()
                .mapToDouble(Counter::count)
                .sum();
    }
}
