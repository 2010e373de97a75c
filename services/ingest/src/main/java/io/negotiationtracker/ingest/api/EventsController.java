package io.negotiationtracker.ingest.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.negotiationtracker.events.Require;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.ingest.IngestSettings;
import io.negotiationtracker.ingest.append.AdmittedEvent;
import io.negotiationtracker.ingest.append.AppendOutcome.Appended;
import io.negotiationtracker.ingest.append.AppendOutcome.Busy;
import io.negotiationtracker.ingest.append.AppendOutcome.DuplicateConflict;
import io.negotiationtracker.ingest.append.AppendOutcome.Refused;
import io.negotiationtracker.ingest.append.AppendOutcome.Replayed;
import io.negotiationtracker.ingest.append.AppendOutcome.VersionConflict;
import io.negotiationtracker.ingest.append.AppendResult;
import io.negotiationtracker.ingest.limits.IngestLimits;
import io.negotiationtracker.ingest.store.EventStore;
import io.negotiationtracker.ingest.store.StoredEvent;
import io.negotiationtracker.ingest.stream.TypeNames;
import io.negotiationtracker.platform.http.Problem;
import io.negotiationtracker.platform.http.ProblemException;
import io.negotiationtracker.platform.http.StrictUtf8;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** The event store over HTTP: appends (each outcome answered with its status, in one switch) and reads. */
@Controller("/api")
public class EventsController {
    private final EventStore store;
    private final Clock clock;
    private final EventDoor door;

    public EventsController(EventStore store, EventCodec codec, Clock clock, IngestSettings settings, IngestLimits limits) {
        this.store = store;
        this.clock = clock;
        this.door = new EventDoor(codec, limits, settings.maxBatch());
    }

    @Post(uri = "/negotiations/{negotiationId}/events", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> append(@PathVariable String negotiationId, @Body byte[] raw, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Nullable @QueryValue String expectedVersion) {
        checkId(negotiationId);
        String body = StrictUtf8.decode(raw);
        List<AdmittedEvent> events = door.admitAll(negotiationId, body, clock);
        OptionalLong expected = ExpectedVersion.from(ifMatch, expectedVersion);
        boolean batch = body.stripLeading().startsWith("[");
        return switch (store.append(negotiationId, events, expected, clock.instant())) {
            case Appended appended -> stored(HttpStatus.CREATED, appended.result());
            case Replayed replayed -> stored(HttpStatus.OK, replayed.result());
            case Refused refused -> throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, refused.violation().message(),
                    at(batch, refused.index(), refused.violation().field()), null);
            case DuplicateConflict reused -> throw new ProblemException(HttpStatus.CONFLICT, reused.message(), at(batch, reused.index(), "eventId"),
                    Map.of("eventId", reused.eventId().toString()));
            case VersionConflict conflict -> versionConflict(conflict, ifMatch != null);
            case Busy busy -> throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, busy.reason(), null, null);
        };
    }

    @Get(uri = "/negotiations/{negotiationId}/events", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> stream(@PathVariable String negotiationId, @Nullable @QueryValue Long afterVersion,
                                       @Nullable @QueryValue Integer limit) {
        checkId(negotiationId);
        long version = store.streamVersion(negotiationId);
        if (version == 0) throw ProblemException.notFound("no negotiation '" + negotiationId + "'");
        List<String> events = store.readStream(negotiationId, nonNegative(afterVersion, "afterVersion"), Limits.page(limit));
        return HttpResponse.ok("{\"negotiationId\":\"" + negotiationId + "\",\"version\":" + version + ",\"events\":["
                + String.join(",", events) + "]}").header(HttpHeaders.ETAG, "\"" + version + "\"");
    }

    @Get(uri = "/events", produces = MediaType.APPLICATION_JSON)
    public String all(@Nullable @QueryValue Long after, @Nullable @QueryValue Integer limit, @Nullable @QueryValue String negotiationId,
                      @Nullable @QueryValue("type") List<String> types) {
        long from = nonNegative(after, "after");
        if (negotiationId != null) checkId(negotiationId);
        int page = Limits.page(limit);
        long head = store.head();
        List<StoredEvent> events = store.readAll(from, head, page, negotiationId, TypeNames.check(types));
        long last = events.size() < page ? Math.max(from, head) : events.get(events.size() - 1).position();
        return "{\"events\":[" + String.join(",", events.stream().map(StoredEvent::envelope).toList()) + "],\"lastPosition\":" + last + "}";
    }

    private static HttpResponse<AppendResponse> stored(HttpStatus status, AppendResult result) {
        return HttpResponse.status(status).header(HttpHeaders.ETAG, "\"" + result.streamVersion() + "\"")
                .header(HttpHeaders.LOCATION, "/api/negotiations/" + result.negotiationId() + "/events").body(AppendResponse.of(result));
    }

    /** 412 when the client sent If-Match (its precondition failed), else 409; the ETag and the body give the current version. */
    private static HttpResponse<?> versionConflict(VersionConflict conflict, boolean ifMatch) {
        HttpStatus status = ifMatch ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("expectedVersion", conflict.expected());
        versions.put("currentVersion", conflict.current());
        return HttpResponse.status(status).contentType(Problem.MEDIA_TYPE).header(HttpHeaders.ETAG, "\"" + conflict.current() + "\"")
                .body(Problem.body(status.getCode(), status.getReason(), conflict.message(), "expectedVersion", versions));
    }

    private static String at(boolean batch, int index, String field) {
        return batch ? "[" + index + "]." + field : field;
    }

    static void checkId(String negotiationId) {
        if (!Require.isSlug(negotiationId))
            throw ProblemException.badRequest("negotiationId", "'" + negotiationId + "' is not a valid negotiation id: lower-case letters, digits and '-', 1 to 80 characters");
    }

    private static long nonNegative(Long value, String field) {
        if (value == null) return 0;
        if (value < 0) throw ProblemException.badRequest(field, field + " must be 0 or more");
        return value;
    }
}
