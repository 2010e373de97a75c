package io.negotiationtracker.ingest;

import static io.negotiationtracker.ingest.Events.deadline;
import static io.negotiationtracker.ingest.Events.event;
import static io.negotiationtracker.ingest.Events.opened;
import static io.negotiationtracker.ingest.Events.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.ingest.test.IngestFixture;
import io.negotiationtracker.testsupport.http.Reply;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 16's bad input over HTTP against a real database and broker, each as a save and as a preview (?dryRun=true):
 * a correction of an event that is not there, already retracted, of another type or of another negotiation, and a
 * write without the writer role, is a 4xx problem+json naming the field, and nothing is stored; two analysts saving at
 * the same version: the second gets 412 with the current version, and the first's event stands.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectionRefusalsTest {
    IngestFixture ingest;
    Api api;

    @BeforeAll
    void start() {
        ingest = IngestFixture.fresh("corrections").start();
        api = new Api(ingest.url());
    }

    @AfterAll
    void stop() {
        ingest.close();
    }

    private String fresh(String name, String... events) {
        String id = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.append(id, opened(UUID.randomUUID())).status()).isEqualTo(201);
        for (String e : events) assertThat(api.append(id, e).status()).isEqualTo(201);
        return id;
    }

    static String retraction(UUID eventId) {
        return event(null, "EventRetracted", "2025-06-20", "{\"eventId\":\"" + eventId + "\",\"reason\":\"denied\"}");
    }

    static String correction(UUID eventId, String eventType, String corrected) {
        return event(
                null,
                "EventCorrected",
                "2025-06-20",
                "{\"eventId\":\"" + eventId + "\",\"eventType\":\"" + eventType + "\",\"corrected\":" + corrected
                        + ",\"reason\":\"misreported\"}");
    }

    @Test
    void retractingAnEventThatIsNotThereIsRefusedNamingTheEventId() {
        String id = fresh("missing");
        assertRefusedAndNothingStored(id, retraction(UUID.randomUUID()), 422, "data.eventId", "no event");
    }

    @Test
    void retractingAnEventAlreadyRetractedIsRefusedNamingTheEventId() {
        UUID said = UUID.randomUUID();
        String id = fresh("twice", statement(said, "we will talk"), retraction(said));
        assertRefusedAndNothingStored(id, retraction(said), 422, "data.eventId", "already retracted");
    }

    @Test
    void aCorrectionThatChangesTheEventsTypeIsRefusedNamingTheType() {
        UUID set = UUID.randomUUID();
        String id = fresh("retype", deadline(set, "2099-07-09"));
        String asStatement =
                correction(set, "StatementMade", "{\"speaker\":{\"name\":\"A\",\"party\":\"US\"},\"quote\":\"q\"}");
        assertRefusedAndNothingStored(id, asStatement, 422, "data.eventType", "keeps the event's type");
    }

    @Test
    void aCorrectionOfAnotherNegotiationsEventIsRefusedNamingTheEventId() {
        UUID set = UUID.randomUUID();
        fresh("theirs", deadline(set, "2099-07-09"));
        String mine = fresh("mine");
        String moved = correction(
                set, "DeadlineSet", "{\"deadlineId\":\"pause-end\",\"title\":\"End\",\"dueOn\":\"2099-07-10\"}");
        assertRefusedAndNothingStored(mine, moved, 422, "data.eventId", "in this negotiation");
        assertRefusedAndNothingStored(mine, retraction(set), 422, "data.eventId", "in this negotiation");
    }

    @Test
    void aPreviewOrSaveWithoutTheWriterRoleIsRefusedNamingTheAuthorizationHeader() {
        UUID said = UUID.randomUUID();
        String id = fresh("reader", statement(said, "we will talk"));
        long head = head();
        for (String path :
                new String[] {"/api/negotiations/" + id + "/events", "/api/negotiations/" + id + "/events?dryRun=true"
                }) {
            Reply reader = api.post(path, retraction(said), IngestFixture.readerToken());
            assertProblem(reader, 403, "Authorization");
            Reply anonymous = api.post(path, retraction(said), null);
            assertProblem(anonymous, 401, "Authorization");
        }
        assertThat(version(id)).isEqualTo(2);
        assertThat(head()).isEqualTo(head);
    }

    @Test
    void twoAnalystsSavingAtTheSameVersionTheSecondGets412WithTheCurrentVersionAndNothingIsOverwritten() {
        UUID said = UUID.randomUUID();
        String id = fresh("analysts", statement(said, "we will talk"));
        var firstPreview = api.post(
                "/api/negotiations/" + id + "/events?dryRun=true", retraction(said), IngestFixture.writerToken());
        var secondPreview = api.post(
                "/api/negotiations/" + id + "/events?dryRun=true",
                statement(null, "talks continue"),
                IngestFixture.writerToken());
        assertThat(firstPreview.json().path("versionBefore").asLong()).isEqualTo(2);
        assertThat(secondPreview.json().path("versionBefore").asLong()).isEqualTo(2);

        assertThat(api.append(id, retraction(said), "If-Match", "\"2\"").status())
                .isEqualTo(201);
        var second = api.append(id, statement(null, "talks continue"), "If-Match", "\"2\"");
        assertProblem(second, 412, "expectedVersion");
        assertThat(second.json().path("currentVersion").asLong()).isEqualTo(3);
        assertThat(second.header("ETag")).isEqualTo("\"3\"");
        var stream = api.get("/api/negotiations/" + id + "/events").json();
        assertThat(stream.path("version").asLong()).isEqualTo(3);
        assertThat(stream.path("events").get(2).path("type").asText()).isEqualTo("EventRetracted");
        assertThat(api.append(id, statement(null, "talks continue"), "If-Match", "\"3\"")
                        .status())
                .isEqualTo(201);
    }

    /** Refused as a preview and as a save alike: the same status, field and detail; the stream and the log unchanged. */
    private void assertRefusedAndNothingStored(String id, String body, int status, String field, String detail) {
        long version = version(id);
        long head = head();
        Reply preview = api.post("/api/negotiations/" + id + "/events?dryRun=true", body, IngestFixture.writerToken());
        Reply save = api.append(id, body);
        assertProblem(preview, status, field);
        assertProblem(save, status, field);
        assertThat(save.json().path("detail").asText()).contains(detail);
        assertThat(preview.json().path("detail")).isEqualTo(save.json().path("detail"));
        assertThat(version(id)).isEqualTo(version);
        assertThat(head()).isEqualTo(head);
    }

    private static void assertProblem(Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("field").asText()).as(reply.body()).isEqualTo(field);
        assertThat(reply.json().path("detail").asText()).isNotBlank();
    }

    private long version(String id) {
        return api.get("/api/negotiations/" + id + "/events")
                .json()
                .path("version")
                .asLong();
    }

    private long head() {
        return api.get("/api/events").json().path("lastPosition").asLong();
    }
}
