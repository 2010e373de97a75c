package io.negotiationtracker.ingest.stream;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.negotiationtracker.events.Require;
import io.negotiationtracker.ingest.store.AppendSignal;
import io.negotiationtracker.ingest.store.EventStore;
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
import java.util.List;
import java.util.Locale;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * The event subscription (Server-Sent Events): every stored event after a position, in position order, then live.
 * Each event's id is its position: reconnect with Last-Event-ID to resume exactly where the stream stopped.
 */
@Controller("/api/events/stream")
@Tag(name = "stream")
public class EventStreamController {
    private final EventStore store;
    private final AppendSignal signal;
    private final StreamSettings settings;
    private final SubscriberSlots slots;

    public EventStreamController(EventStore store, AppendSignal signal, StreamSettings settings) {
        this.store = store;
        this.signal = signal;
        this.settings = settings;
        this.slots = new SubscriberSlots(settings.maxSubscribers(), settings.maxSubscribersPerClient());
    }

    @Operation(
            operationId = "streamEvents",
            summary = "Server-Sent Events: every stored event after a position, then live; each SSE id is the position")
    @ApiResponse(
            responseCode = "200",
            description = "an SSE stream; each data line is a stored event envelope (negotiation.events.v1 payload)",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM, schema = @Schema(type = "string")))
    @Access.Reader
    @ProblemResponses.BadRequest
    @ProblemResponses.TooManyRequests
    @ProblemResponses.Unavailable
    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    public Publisher<Event<String>> stream(
            HttpRequest<?> request,
            @Parameter(description = "resume after this position (sent by EventSource on reconnect)")
                    @Nullable
                    @Header("Last-Event-ID")
                    String lastEventId,
            @Parameter(description = "start after this position (default 0)") @Nullable @QueryValue String after,
            @Parameter(description = "only this negotiation's events") @Nullable @QueryValue String negotiationId,
            @Parameter(description = "only events of these types (repeatable)") @Nullable @QueryValue("type")
                    List<String> types) {
        StreamFilter filter =
                new StreamFilter(start(lastEventId, after), checkId(negotiationId), TypeNames.check(types));
        String client = request.getRemoteAddress().getAddress().getHostAddress();
        SubscriberSlots.Slot slot = slots.tryTake(client);
        if (slot == null) throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, slots.refusal(client), null, null);
        return Flux.create(
                        (FluxSink<Event<String>> sink) -> Thread.ofVirtual()
                                .name("subscription-" + filter.after())
                                .start(new LiveSubscription(store, signal, settings, filter, sink)),
                        FluxSink.OverflowStrategy.BUFFER)
                .doFinally(ended -> slot.release());
    }

    /** Subscriptions being served now (for tests and metrics). */
    public int subscribers() {
        return slots.taken();
    }

    private static long start(String lastEventId, String after) {
        String value = lastEventId != null && !lastEventId.isBlank() ? lastEventId : after;
        String field = lastEventId != null && !lastEventId.isBlank() ? "Last-Event-ID" : "after";
        if (value == null || value.isBlank()) return 0;
        try {
            long p = Long.parseLong(value.strip());
            if (p < 0) throw new NumberFormatException();
            return p;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(field, field + " must be a position (0 or more), not '" + value + "'");
        }
    }

    private static String checkId(String negotiationId) {
        if (negotiationId == null) return null;
        if (!Require.isSlug(negotiationId.toLowerCase(Locale.ROOT))
                || !negotiationId.equals(negotiationId.toLowerCase(Locale.ROOT)))
            throw ProblemException.badRequest("negotiationId", "'" + negotiationId + "' is not a valid negotiation id");
        return negotiationId;
    }
}
