package io.negotiationtracker.projection.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.negotiationtracker.events.Require;
import io.negotiationtracker.platform.http.ProblemException;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * Server-Sent Events that say when the views changed: first {@code ready}, then {@code views-changed}
 * ({negotiationIds, position, everything}) after each committed batch, and a {@code heartbeat} when quiet.
 * The page re-reads what it shows; this stream carries no view data itself.
 */
@Controller("/api/live")
public class LiveController {
    private final LiveHub hub;

    public LiveController(LiveHub hub) {
        this.hub = hub;
    }

    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    public Publisher<Event<String>> live(@Nullable @QueryValue String negotiationId) {
        if (negotiationId != null && !Require.isSlug(negotiationId))
            throw ProblemException.badRequest("negotiationId", "'" + negotiationId + "' is not a valid negotiation id");
        if (hub.isFull())
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "too many live streams are open (" + hub.openStreams() + "); retry later",
                    null, Map.of("retryAfterSeconds", 5));
        return hub.stream(negotiationId);
    }
}
