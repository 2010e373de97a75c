package io.negotiationtracker.projection.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.negotiationtracker.events.Require;
import io.negotiationtracker.platform.http.ProblemException;
import io.negotiationtracker.platform.http.SubscriberSlots;
import io.negotiationtracker.platform.http.openapi.Access;
import io.negotiationtracker.platform.http.openapi.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * Server-Sent Events that say when the views changed: first {@code ready}, then {@code views-changed}
 * ({negotiationIds, position, everything}) after each committed batch, and a {@code heartbeat} when quiet.
 * The page re-reads what it shows; this stream carries no view data itself.
 */
@Controller("/api/live")
@Tag(name = "dashboard")
public class LiveController {
    private final LiveHub hub;
    private final SubscriberSlots perClient;

    public LiveController(LiveHub hub, LiveSettings settings) {
        this.hub = hub;
        this.perClient = new SubscriberSlots(Integer.MAX_VALUE, settings.maxSubscribersPerClient(), "tracker.live");
    }

    /** At most tracker.live.max-streams in all and tracker.live.max-subscribers-per-client from one address: 429 beyond. */
    @Operation(
            operationId = "liveViewChanges",
            summary = "Server-Sent Events saying when the views changed: ready, views-changed, heartbeat")
    @ApiResponse(
            responseCode = "200",
            description = "an SSE stream; views-changed carries {negotiationIds, position, everything}",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM, schema = @Schema(type = "string")))
    @Access.Reader
    @ProblemResponses.BadRequest
    @ProblemResponses.TooManyRequests
    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    public Publisher<Event<String>> live(
            HttpRequest<?> request,
            @Parameter(description = "only changes of this negotiation") @Nullable @QueryValue String negotiationId) {
        if (negotiationId != null && !Require.isSlug(negotiationId))
            throw ProblemException.badRequest("negotiationId", "'" + negotiationId + "' is not a valid negotiation id");
        if (hub.isFull())
            throw new ProblemException(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "too many live streams are open (" + hub.openStreams() + ", tracker.live.max-streams); retry later",
                    null,
                    Map.of("retryAfterSeconds", 5));
        SubscriberSlots.Slot slot =
                perClient.take(request.getRemoteAddress().getAddress().getHostAddress());
        return Flux.from(hub.stream(negotiationId)).doFinally(ended -> slot.release());
    }
}
