package io.negotiationtracker.ingest.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Value;
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
import io.micronaut.core.annotation.Nullable;
import io.negotiationtracker.events.InvalidEventException;
import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.Require;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.ingest.store.AppendResult;
import io.negotiationtracker.ingest.store.DuplicateEventConflict;
import io.negotiationtracker.ingest.store.RuleRefused;
import io.negotiationtracker.ingest.store.StoreBusy;
import io.negotiationtracker.ingest.store.StoredEvent;
import io.negotiationtracker.ingest.stream.TypeNames;
import io.negotiationtracker.ingest.store.EventStore;
import io.negotiationtracker.ingest.limits.IngestLimits;
import io.negotiationtracker.platform.http.ProblemException;
import io.negotiationtracker.platform.http.StrictUtf8;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

@Controller("/api")
public class EventsController {
    private final EventStore store;
    private final EventCodec codec;
    private final Clock clock;
    private final int maxBatch;
    private final EventDoor door;

    public EventsController(EventStore store, EventCodec codec, Clock clock, @Value("${tracker.max-batch:1000}") int maxBatch, IngestLimits limits) {
        this.store = store;
        this.codec = codec;
        this.clock = clock;
        this.maxBatch = maxBatch;
        this.door = new EventDoor(codec, limits);
    }

    @Post(uri = "/negotiations/{negotiationId}/events", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<AppendResponse> append(@PathVariable String negotiationId, @Body byte[] raw,
                                               @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                               @Nullable @QueryValue String expectedVersion) {
        checkId(negotiationId);
        String body = StrictUtf8.decode(raw);
        List<ProposedEvent> events = read(negotiationId, body);
        OptionalLong expected = ExpectedVersion.from(ifMatch, expectedVersion);
        boolean batch = body.stripLeading().startsWith("[");
        AppendResult result;
        try {
            result = store.append(negotiationId, events, expected, clock.instant());
        } catch (RuleRefused e) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(), at(batch, e.index(), e.violation().field()), null);
        } catch (StoreBusy e) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), null, null);
        } catch (DuplicateEventConflict e) {
            throw new ProblemException(HttpStatus.CONFLICT, e.getMessage(), at(batch, e.index(), "eventId"), Map.of("eventId", e.eventId().toString()));
        }
        boolean allDuplicates = result.events().stream().allMatch(e -> e.duplicate());
        return HttpResponse.status(allDuplicates ? HttpStatus.OK : HttpStatus.CREATED)
                .header(HttpHeaders.ETAG, "\"" + result.streamVersion() + "\"")
                .header(HttpHeaders.LOCATION, "/api/negotiations/" + negotiationId + "/events")
                .body(AppendResponse.of(result));
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

    private List<ProposedEvent> read(String negotiationId, String body) {
        if (body == null || body.isBlank()) throw ProblemException.badRequest(null, "the body is empty: send one event or a JSON array of events");
        JsonNode node = codec.parse(body);
        if (!node.isArray()) return List.of(door.admit(negotiationId, node, "", clock.instant()));
        if (node.isEmpty()) throw ProblemException.badRequest(null, "the batch is empty");
        if (node.size() > maxBatch)
            throw new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "a batch holds at most " + maxBatch + " events, not " + node.size(), null, null);
        List<ProposedEvent> events = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            try {
                events.add(door.admit(negotiationId, node.get(i), "[" + i + "]", clock.instant()));
            } catch (InvalidEventException e) {
                throw new InvalidEventException("[" + i + "]" + (e.field() == null || e.field().isEmpty() ? "" : "." + e.field()), e.getMessage());
            }
        }
        return events;
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
