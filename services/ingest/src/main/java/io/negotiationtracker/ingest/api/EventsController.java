package io.negotiationtracker.ingest.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
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
import io.negotiationtracker.ingest.append.AppendResult;
import io.negotiationtracker.ingest.limits.IngestLimits;
import io.negotiationtracker.ingest.preview.Preview;
import io.negotiationtracker.ingest.store.EventStore;
import io.negotiationtracker.ingest.store.StoredEvent;
import io.negotiationtracker.ingest.stream.TypeNames;
import io.negotiationtracker.platform.http.ProblemException;
import io.negotiationtracker.platform.http.StrictUtf8;
import io.negotiationtracker.platform.http.openapi.Access;
import io.negotiationtracker.platform.http.openapi.ProblemResponses;
import io.negotiationtracker.platform.tracing.TraceServerFilter;
import io.negotiationtracker.platform.tracing.Tracing;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

/** The event store over HTTP: appends and their dry runs (each outcome answered by {@link Answers}) and reads. */
@Controller("/api")
@Tag(name = "events")
public class EventsController {
    private static final String EVENT_EXAMPLE = "{\"type\":\"StatementMade\",\"occurredOn\":\"2025-06-17\","
            + "\"source\":{\"publisher\":\"Example Wire\",\"title\":\"Ishiba on the talks\"},"
            + "\"data\":{\"speaker\":{\"name\":\"Shigeru Ishiba\",\"party\":\"JP\"},\"quote\":\"We will not compromise.\"}}";

    private final EventStore store;
    private final Clock clock;
    private final EventDoor door;
    private final Tracing tracing;

    public EventsController(
            EventStore store,
            EventCodec codec,
            Clock clock,
            IngestSettings settings,
            IngestLimits limits,
            Tracing tracing) {
        this.tracing = tracing;
        this.store = store;
        this.clock = clock;
        this.door = new EventDoor(codec, limits, settings.maxBatch());
    }

    /**
     * Appends one event or a batch; with {@code ?dryRun=true}, decides it exactly as an append (same refusals) and
     * stores nothing: 200 with the status before and after, what changes and the alerts it would raise ({@link Preview}).
     */
    @Operation(
            operationId = "appendEvents",
            summary = "Append one event or a batch (or decide it without storing, dryRun=true)",
            description = "Appends one event (an object) or a batch (an array) to the negotiation's stream in one"
                    + " transaction: 201 when stored, 200 when every event was already stored (same eventId, same"
                    + " content). With If-Match or expectedVersion the append is refused (412/409) unless the stream is"
                    + " at that version. With dryRun=true it is decided exactly as an append and nothing is stored: 200"
                    + " with the status before and after, what changes and the alerts it would raise.",
            requestBody =
                    @RequestBody(
                            required = true,
                            description = "a proposed event (docs/domain.md lists the types and their data)"
                                    + " or an array of them",
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(type = "object"),
                                            examples = @ExampleObject(name = "statement", value = EVENT_EXAMPLE))))
    @ApiResponse(
            responseCode = "201",
            description = "stored; ETag is the stream's new version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AppendResponse.class)))
    @ApiResponse(
            responseCode = "200",
            description = "already stored (idempotent repeat), or the dry run's preview",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AppendResponse.class)))
    @Access.Writer
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    @ProblemResponses.PreconditionFailed
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.Unprocessable
    @ProblemResponses.Unavailable
    @Post(
            uri = "/negotiations/{negotiationId}/events",
            consumes = MediaType.APPLICATION_JSON,
            produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> append(
            @Parameter(description = "the negotiation's id (a slug)", example = "us-japan-tariffs-2025") @PathVariable
                    String negotiationId,
            @Body byte[] raw,
            @Parameter(description = "the stream version the append expects, quoted, e.g. \"5\"")
                    @Nullable
                    @Header(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @Parameter(description = "the stream version the append expects (0: a new stream)") @Nullable @QueryValue
                    String expectedVersion,
            @Parameter(description = "true: decide without storing") @Nullable @QueryValue String dryRun,
            HttpRequest<?> request) {
        checkId(negotiationId);
        boolean preview = flag(dryRun, "dryRun");
        String body = StrictUtf8.decode(raw);
        List<AdmittedEvent> events = door.admitAll(negotiationId, body, clock);
        OptionalLong expected = ExpectedVersion.from(ifMatch, expectedVersion);
        Answers answers = new Answers(body.stripLeading().startsWith("["), ifMatch != null);
        if (preview) {
            Preview p = Preview.of(
                    store.dryRun(negotiationId, events, expected, clock.instant()),
                    negotiationId,
                    LocalDate.now(clock));
            Function<AppendResult, HttpResponse<?>> previewed =
                    r -> HttpResponse.ok(p.body()).header(HttpHeaders.ETAG, "\"" + p.version() + "\"");
            return answers.to(p.outcome(), previewed, previewed);
        }
        // The relay publishes later, on its own thread: it finds this request's trace by the events' ids.
        TraceServerFilter.spanOf(request)
                .map(tracing::traceParent)
                .ifPresent(tp -> events.forEach(
                        e -> tracing.links().remember(e.event().eventId().toString(), tp)));
        return answers.to(
                store.append(negotiationId, events, expected, clock.instant()),
                r -> stored(HttpStatus.CREATED, r),
                r -> stored(HttpStatus.OK, r));
    }

    @Operation(
            operationId = "readNegotiationEvents",
            summary = "A negotiation's events in stream order, from a version on (ETag: the stream's version)")
    @ApiResponse(
            responseCode = "200",
            description = "{negotiationId, version, events: [stored envelopes]}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object")))
    @Access.Reader
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Unavailable
    @Get(uri = "/negotiations/{negotiationId}/events", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> stream(
            @Parameter(description = "the negotiation's id (a slug)", example = "us-japan-tariffs-2025") @PathVariable
                    String negotiationId,
            @Parameter(description = "only events after this stream version (default 0)") @Nullable @QueryValue
                    Long afterVersion,
            @Parameter(description = "at most this many events (a page)") @Nullable @QueryValue Integer limit) {
        checkId(negotiationId);
        long version = store.streamVersion(negotiationId);
        if (version == 0) throw ProblemException.notFound("no negotiation '" + negotiationId + "'");
        List<String> events =
                store.readStream(negotiationId, nonNegative(afterVersion, "afterVersion"), Limits.page(limit));
        return HttpResponse.ok("{\"negotiationId\":\"" + negotiationId + "\",\"version\":" + version + ",\"events\":["
                        + String.join(",", events) + "]}")
                .header(HttpHeaders.ETAG, "\"" + version + "\"");
    }

    @Operation(
            operationId = "readAllEvents",
            summary =
                    "Every stored event after a position, in position order, optionally of one negotiation or some types")
    @ApiResponse(
            responseCode = "200",
            description = "{events: [stored envelopes], lastPosition}: page on with after=lastPosition",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object")))
    @Access.Reader
    @ProblemResponses.BadRequest
    @ProblemResponses.Unavailable
    @Get(uri = "/events", produces = MediaType.APPLICATION_JSON)
    public String all(
            @Parameter(description = "only events after this position (default 0)") @Nullable @QueryValue Long after,
            @Parameter(description = "at most this many events (a page)") @Nullable @QueryValue Integer limit,
            @Parameter(description = "only this negotiation's events") @Nullable @QueryValue String negotiationId,
            @Parameter(description = "only events of these types, e.g. DeadlineSet (repeatable)")
                    @Nullable
                    @QueryValue("type")
                    List<String> types) {
        long from = nonNegative(after, "after");
        if (negotiationId != null) checkId(negotiationId);
        int page = Limits.page(limit);
        long head = store.head();
        List<StoredEvent> events = store.readAll(from, head, page, negotiationId, TypeNames.check(types));
        long last = events.size() < page
                ? Math.max(from, head)
                : events.get(events.size() - 1).position();
        return "{\"events\":["
                + String.join(",", events.stream().map(StoredEvent::envelope).toList()) + "],\"lastPosition\":" + last
                + "}";
    }

    private static HttpResponse<AppendResponse> stored(HttpStatus status, AppendResult result) {
        return HttpResponse.status(status)
                .header(HttpHeaders.ETAG, "\"" + result.streamVersion() + "\"")
                .header(HttpHeaders.LOCATION, "/api/negotiations/" + result.negotiationId() + "/events")
                .body(AppendResponse.of(result));
    }

    static void checkId(String negotiationId) {
        if (!Require.isSlug(negotiationId))
            throw ProblemException.badRequest(
                    "negotiationId",
                    "'" + negotiationId
                            + "' is not a valid negotiation id: lower-case letters, digits and '-', 1 to 80 characters");
    }

    private static boolean flag(String value, String field) {
        if (value == null || value.equals("false")) return false;
        if (value.equals("true")) return true;
        throw ProblemException.badRequest(field, field + " must be true or false, not '" + value + "'");
    }

    private static long nonNegative(Long value, String field) {
        if (value == null) return 0;
        if (value < 0) throw ProblemException.badRequest(field, field + " must be 0 or more");
        return value;
    }
}
