package io.negotiationtracker.ingest;

import static io.negotiationtracker.ingest.Events.batch;
import static io.negotiationtracker.ingest.Events.deadline;
import static io.negotiationtracker.ingest.Events.event;
import static io.negotiationtracker.ingest.Events.opened;
import static io.negotiationtracker.ingest.Events.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.ingest.test.IngestFixture;
import io.negotiationtracker.testsupport.contracts.OpenApiContract;
import io.negotiationtracker.testsupport.http.Http;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The write contract over HTTP against a real database: versions, positions, idempotency, concurrency, refusals. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppendContractTest {
    IngestFixture ingest;
    Api api;

    @BeforeAll
    void start() {
        ingest = IngestFixture.fresh("append").start();
        api = new Api(ingest.url());
    }

    @AfterAll
    void stop() {
        ingest.close();
    }

    @Test
    void theOpenApiDocumentAndItsViewerAreServed() {
        OpenApiContract.assertServed(ingest.url(), "ingest");
        var asyncApi = Http.get(ingest.url() + "/contracts/asyncapi.yml");
        assertThat(asyncApi.status()).isEqualTo(200);
        assertThat(asyncApi.body()).contains("asyncapi: 3.0.0", "negotiation.events.v1", "negotiation.alerts.v1");
        var schema = Http.get(ingest.url() + "/contracts/schemas/DeadlineSet.schema.json");
        assertThat(schema.status()).isEqualTo(200);
        assertThat(schema.body()).contains("2020-12", "dueOn");
    }

    private String fresh(String name) {
        String id = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.append(id, opened(UUID.randomUUID())).status()).isEqualTo(201);
        return id;
    }

    @Test
    void aBatchGetsConsecutiveVersionsAndIncreasingPositions() {
        String id = fresh("batch");
        var reply = api.append(id, batch(statement(null, "one"), statement(null, "two"), deadline(null, "2025-07-09")));
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("ETag")).isEqualTo("\"4\"");
        var events = reply.json().path("events");
        assertThat(events).hasSize(3);
        assertThat(events.get(0).path("version").asLong()).isEqualTo(2);
        assertThat(events.get(2).path("version").asLong()).isEqualTo(4);
        assertThat(events.get(1).path("position").asLong())
                .isEqualTo(events.get(0).path("position").asLong() + 1);
        assertThat(reply.json().path("lastPosition").asLong())
                .isEqualTo(events.get(2).path("position").asLong());

        var stream = api.get("/api/negotiations/" + id + "/events");
        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.json().path("version").asLong()).isEqualTo(4);
        assertThat(stream.json().path("events")).hasSize(4);
        assertThat(stream.json()
                        .path("events")
                        .get(3)
                        .path("data")
                        .path("dueOn")
                        .asText())
                .isEqualTo("2025-07-09");
        assertThat(stream.json().path("events").get(3).path("recordedAt").asText())
                .isNotBlank();
    }

    @Test
    void aRetryWithTheSameEventIdsIsAcknowledgedNotStoredTwice() {
        String id = fresh("retry");
        String body = batch(statement(UUID.randomUUID(), "a"), statement(UUID.randomUUID(), "b"));
        var first = api.append(id, body);
        var again = api.append(id, body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("events").get(0).path("duplicate").asBoolean())
                .isTrue();
        assertThat(again.json().path("events").get(1).path("position"))
                .isEqualTo(first.json().path("events").get(1).path("position"));
        assertThat(api.get("/api/negotiations/" + id + "/events")
                        .json()
                        .path("version")
                        .asLong())
                .isEqualTo(3);
    }

    @Test
    void aLateRetryGetsTheVersionItsAppendProducedNotTheCurrentOne() {
        String id = fresh("late-retry");
        String body = statement(UUID.randomUUID(), "first");
        var first = api.append(id, body);
        api.append(id, statement(null, "later"));
        var retry = api.append(id, body);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().path("streamVersion").asLong())
                .isEqualTo(first.json().path("streamVersion").asLong())
                .isEqualTo(2);
    }

    @Test
    void anEventIdReusedWithOtherContentIsAConflictAndNothingIsStored() {
        String id = fresh("reuse");
        UUID eventId = UUID.randomUUID();
        assertThat(api.append(id, statement(eventId, "original")).status()).isEqualTo(201);
        var reply = api.append(id, batch(statement(null, "innocent"), statement(eventId, "changed")));
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("field").asText()).isEqualTo("[1].eventId");
        assertThat(api.get("/api/negotiations/" + id + "/events")
                        .json()
                        .path("version")
                        .asLong())
                .isEqualTo(2);
    }

    @Test
    void anExpectedVersionThatIsNotCurrentIsRefusedWithTheCurrentVersion() {
        String id = fresh("version");
        var viaHeader = api.append(id, statement(null, "late"), "If-Match", "\"0\"");
        assertThat(viaHeader.status()).isEqualTo(412);
        assertThat(viaHeader.json().path("currentVersion").asLong()).isEqualTo(1);
        var viaParam = api.post(
                "/api/negotiations/" + id + "/events?expectedVersion=5",
                statement(null, "late"),
                IngestFixture.writerToken());
        assertThat(viaParam.status()).isEqualTo(409);
        assertThat(viaParam.json().path("currentVersion").asLong()).isEqualTo(1);
        assertThat(api.append(id, statement(null, "on time"), "If-Match", "\"1\"")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aRuleTheDomainRefusesIs422NamingTheFieldAndTheBatchIsNotHalfWritten() {
        String id = fresh("rule");
        var reply = api.append(
                id,
                batch(
                        statement(null, "fine"),
                        event(
                                null,
                                "DeadlineChanged",
                                "2025-07-07",
                                "{\"deadlineId\":\"nope\",\"previousDueOn\":\"2025-07-09\",\"dueOn\":\"2025-08-01\"}")));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("field").asText()).isEqualTo("[1].data.deadlineId");
        assertThat(reply.json().path("detail").asText()).contains("does not exist");
        assertThat(api.get("/api/negotiations/" + id + "/events")
                        .json()
                        .path("version")
                        .asLong())
                .isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "malformed JSON | {\"type\": | 400 | ",
                "empty batch | [] | 400 | ",
                "unknown type | {\"type\":\"Nope\",\"occurredOn\":\"2025\",\"source\":{\"publisher\":\"p\",\"title\":\"t\"},\"data\":{}} | 400 | type",
                "bad date | {\"type\":\"StatementMade\",\"occurredOn\":\"yesterday\",\"source\":{\"publisher\":\"p\",\"title\":\"t\"},\"data\":{}} | 400 | occurredOn",
                "missing field in batch | [{\"type\":\"IssueOpened\",\"occurredOn\":\"2025\",\"source\":{\"publisher\":\"p\",\"title\":\"t\"},\"data\":{\"issueId\":\"a\"}}] | 400 | [0].data.title",
                "wrong field type | {\"type\":\"RoundHeld\",\"occurredOn\":\"2025\",\"source\":{\"publisher\":\"p\",\"title\":\"t\"},\"data\":{\"roundId\":\"r\",\"level\":\"summit\",\"durationMinutes\":\"long\"}} | 400 | data.durationMinutes",
            })
    void badInputIsAProblemNamingTheFieldAndNothingIsStored(String name, String body, int status, String field) {
        String id = fresh("bad");
        var reply = api.append(id, body);
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (field != null) assertThat(reply.json().path("field").asText()).isEqualTo(field);
        assertThat(reply.json().path("detail").asText()).isNotBlank();
        assertThat(api.get("/api/negotiations/" + id + "/events")
                        .json()
                        .path("version")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void anInvalidNegotiationIdIs400() {
        var reply = api.append("Not_A_Slug", opened(null));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("field").asText()).isEqualTo("negotiationId");
    }

    @Test
    void aBatchOverTheLimitIs413() {
        String id = fresh("limit");
        String[] many = new String[1001];
        java.util.Arrays.fill(many, statement(null, "x"));
        var reply = api.append(id, batch(many));
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/negotiations/" + id + "/events")
                        .json()
                        .path("version")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void aBodyOverTheSizeLimitIs413() {
        String id = fresh("size");
        var reply = api.append(id, statement(null, "x".repeat(6 * 1024 * 1024)));
        assertThat(reply.status()).isEqualTo(413);
        assertThat(api.get("/api/negotiations/" + id + "/events")
                        .json()
                        .path("version")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void writesNeedABearerTokenWithTheWriterRole() {
        String id = "auth-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post("/api/negotiations/" + id + "/events", opened(null), null)
                        .status())
                .isEqualTo(401);
        assertThat(api.post("/api/negotiations/" + id + "/events", opened(null), IngestFixture.readerToken())
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/negotiations/" + id + "/events", opened(null), "not.a.token")
                        .status())
                .isEqualTo(401);
        assertThat(api.get("/api/negotiations/" + id + "/events").status()).isEqualTo(404);
    }

    @Test
    void readsPageThroughAllStreamsByPosition() {
        String a = fresh("page-a");
        String b = fresh("page-b");
        api.append(a, statement(null, "a1"));
        long after =
                api.append(b, statement(null, "b1")).json().path("lastPosition").asLong() - 1;
        var page = api.get("/api/events?after=" + after + "&limit=10");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("events")).hasSize(1);
        assertThat(page.json().path("events").get(0).path("negotiationId").asText())
                .isEqualTo(b);
        assertThat(api.get("/api/events?after=0&type=StatementMade&negotiationId=" + a)
                        .json()
                        .path("events"))
                .hasSize(1);
        assertThat(api.get("/api/events?after=-1").status()).isEqualTo(400);
        assertThat(api.get("/api/events?type=Nope").json().path("field").asText())
                .isEqualTo("type");
        assertThat(api.get("/api/events?limit=0").json().path("field").asText()).isEqualTo("limit");
    }
}
