package io.negotiationtracker.projection.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.Require;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.platform.http.ProblemException;
import io.negotiationtracker.projection.consume.AppliedPositions;
import io.negotiationtracker.projection.store.NegotiationSummary;
import io.negotiationtracker.projection.store.ViewStore;
import io.negotiationtracker.projection.view.StatusView;
import io.negotiationtracker.projection.view.Timeline;
import java.util.List;
import java.util.Map;

/**
 * The dashboard API. Every view takes asOf (world date) and knownAt (recording time); minPosition (or the header
 * X-Min-Position) waits, within a bound, until the views include a write that ingest acknowledged with that position.
 */
@Controller("/api/negotiations")
public class NegotiationsController {
    private static final long MAX_WAIT_MS = 5_000;

    private final ViewStore views;
    private final EventCodec codec;
    private final AppliedPositions applied;

    public NegotiationsController(ViewStore views, EventCodec codec, AppliedPositions applied) {
        this.views = views;
        this.codec = codec;
        this.applied = applied;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public Map<String, List<NegotiationSummary>> list(@Nullable @QueryValue Long minPosition, @Nullable @Header("X-Min-Position") Long minHeader) {
        awaitPosition(minPosition, minHeader);
        return Map.of("negotiations", views.list());
    }

    @Get(uri = "/{negotiationId}/status", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> status(@PathVariable String negotiationId, @Nullable @QueryValue String asOf, @Nullable @QueryValue String knownAt,
                                       @Nullable @QueryValue Long minPosition, @Nullable @Header("X-Min-Position") Long minHeader) {
        QueryTime time = prepare(negotiationId, asOf, knownAt, minPosition, minHeader);
        String body = time.isNow() ? views.currentStatus(negotiationId).orElseGet(() -> codec.write(status(negotiationId, time)))
                : codec.write(status(negotiationId, time));
        return HttpResponse.ok(body).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Get(uri = "/{negotiationId}/timeline", produces = MediaType.APPLICATION_JSON)
    public Timeline timeline(@PathVariable String negotiationId, @Nullable @QueryValue String asOf, @Nullable @QueryValue String knownAt,
                             @Nullable @QueryValue Long minPosition, @Nullable @Header("X-Min-Position") Long minHeader) {
        QueryTime time = prepare(negotiationId, asOf, knownAt, minPosition, minHeader);
        return Timeline.of(negotiationId, views.events(negotiationId, time.asOf(), time.knownAt()), codec);
    }

    @Get(uri = "/{negotiationId}/issues", produces = MediaType.APPLICATION_JSON)
    public StatusView.IssuesSummary issues(@PathVariable String negotiationId, @Nullable @QueryValue String asOf, @Nullable @QueryValue String knownAt,
                                           @Nullable @QueryValue Long minPosition, @Nullable @Header("X-Min-Position") Long minHeader) {
        return status(negotiationId, prepare(negotiationId, asOf, knownAt, minPosition, minHeader)).issues();
    }

    @Get(uri = "/{negotiationId}/deadlines", produces = MediaType.APPLICATION_JSON)
    public Map<String, Object> deadlines(@PathVariable String negotiationId, @Nullable @QueryValue String asOf, @Nullable @QueryValue String knownAt,
                                         @Nullable @QueryValue Long minPosition, @Nullable @Header("X-Min-Position") Long minHeader) {
        StatusView s = status(negotiationId, prepare(negotiationId, asOf, knownAt, minPosition, minHeader));
        return Map.of("deadlines", s.deadlines(), "next", s.nextDeadline() == null ? Map.of() : s.nextDeadline());
    }

    @Get(uri = "/{negotiationId}/rounds", produces = MediaType.APPLICATION_JSON)
    public Map<String, Object> rounds(@PathVariable String negotiationId, @Nullable @QueryValue String asOf, @Nullable @QueryValue String knownAt,
                                      @Nullable @QueryValue Long minPosition, @Nullable @Header("X-Min-Position") Long minHeader) {
        QueryTime time = prepare(negotiationId, asOf, knownAt, minPosition, minHeader);
        NegotiationState state = fold(negotiationId, time);
        return Map.of("summary", StatusView.of(state, day(time)).rounds(),
                "rounds", state.rounds().values().stream().filter(r -> r.held() != null).map(StatusView::round).toList());
    }

    @Get(uri = "/{negotiationId}/tariffs", produces = MediaType.APPLICATION_JSON)
    public StatusView.TariffsSummary tariffs(@PathVariable String negotiationId, @Nullable @QueryValue String asOf, @Nullable @QueryValue String knownAt,
                                             @Nullable @QueryValue Long minPosition, @Nullable @Header("X-Min-Position") Long minHeader) {
        return status(negotiationId, prepare(negotiationId, asOf, knownAt, minPosition, minHeader)).tariffs();
    }

    private QueryTime prepare(String negotiationId, String asOf, String knownAt, Long minPosition, Long minHeader) {
        if (!Require.isSlug(negotiationId)) throw ProblemException.badRequest("negotiationId", "'" + negotiationId + "' is not a valid negotiation id");
        QueryTime time = QueryTime.parse(asOf, knownAt);
        awaitPosition(minPosition, minHeader);
        if (!views.exists(negotiationId)) throw ProblemException.notFound("no negotiation '" + negotiationId + "'");
        return time;
    }

    private void awaitPosition(Long minPosition, Long minHeader) {
        Long wanted = minPosition != null ? minPosition : minHeader;
        if (wanted == null) return;
        try {
            if (!applied.awaitAtLeast(wanted, MAX_WAIT_MS, views::appliedPosition))
                throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "the views have not reached position " + wanted + " within "
                        + MAX_WAIT_MS + " ms; retry", "minPosition", Map.of("appliedPosition", views.appliedPosition()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "interrupted", null, null);
        }
    }

    private StatusView status(String negotiationId, QueryTime time) {
        return StatusView.of(fold(negotiationId, time), day(time));
    }

    private NegotiationState fold(String negotiationId, QueryTime time) {
        List<EventEnvelope> events = views.events(negotiationId, time.asOf(), time.knownAt());
        return Evolve.fold(negotiationId, events);
    }

    private java.time.LocalDate day(QueryTime time) {
        return time.asOf() != null ? time.asOf() : views.today();
    }
}
