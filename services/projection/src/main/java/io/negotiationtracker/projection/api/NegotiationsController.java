package io.negotiationtracker.projection.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.Require;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.platform.http.ProblemException;
import io.negotiationtracker.projection.store.StatusCache;
import io.negotiationtracker.projection.store.ViewStore;
import io.negotiationtracker.projection.view.DeadlinesResponse;
import io.negotiationtracker.projection.view.IssuesView;
import io.negotiationtracker.projection.view.ProposalsView;
import io.negotiationtracker.projection.view.RoundsView;
import io.negotiationtracker.projection.view.StatusView;
import io.negotiationtracker.projection.view.SummaryView;
import io.negotiationtracker.projection.view.TariffsView;
import io.negotiationtracker.projection.view.Timeline;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard API. Every view takes asOf (a world date: only events that occurred on or before it, and tariffs, deadlines
 * and days left as they stand on that day) and knownAt (a recording instant: only what had been recorded by then);
 * knowledge=published reads knownAt on the publication axis (what sources had published by that day);
 * minPosition (or the header X-Min-Position) waits, within 5 s, until the views include a write ingest acknowledged.
 */
@Controller("/api/negotiations")
public class NegotiationsController {
    private final ViewStore views;
    private final EventCodec codec;
    private final ViewResponses responses;
    private final ReadYourWrites readYourWrites;
    private final StatusCache statusCache;

    NegotiationsController(ViewStore views, EventCodec codec, ViewResponses responses, ReadYourWrites readYourWrites, StatusCache statusCache) {
        this.views = views;
        this.codec = codec;
        this.responses = responses;
        this.readYourWrites = readYourWrites;
        this.statusCache = statusCache;
    }

    @Operation(summary = "Every negotiation with a summary (rounds held, open issues, next deadline, tariffs)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryView.class)))
    @Get(produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> list(@Parameter(description = "world date, e.g. 2025-06-17") @Nullable @QueryValue String asOf,
                                     @Parameter(description = "recording instant, e.g. 2025-06-17T12:00:00Z (or a day on the published axis)") @Nullable @QueryValue String knownAt,
                                     @Parameter(description = "knowledge axis of knownAt: recorded (default) or published") @Nullable @QueryValue String knowledge,
                                     @Nullable @QueryValue Long minPosition, @Nullable @Header("X-Min-Position") Long minHeader) {
        QueryTime time = QueryTime.parse(asOf, knownAt, knowledge);
        readYourWrites.await(minPosition, minHeader);
        int generation = views.servingGeneration();
        List<String> summaries = time.isNow() ? views.summaries()
                : views.negotiationIds().stream().sorted().map(id -> foldAny(id, time)).filter(NegotiationState::opened)
                        .map(state -> codec.write(SummaryView.of(StatusView.of(state, day(time))))).toList();
        return responses.json("{\"negotiations\":[" + String.join(",", summaries) + "]}", generation);
    }

    @Operation(summary = "The status of one negotiation: rounds, issues, deadlines with history and the next one, tariffs, agreements, statements")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusView.class)))
    @Get(uri = "/{negotiationId}/status", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> status(@PathVariable String negotiationId, @Nullable @QueryValue String asOf, @Nullable @QueryValue String knownAt, @Nullable @QueryValue String knowledge,
                                       @Nullable @QueryValue Long minPosition, @Nullable @Header("X-Min-Position") Long minHeader) {
        QueryTime time = prepare(negotiationId, asOf, knownAt, knowledge, minPosition, minHeader);
        int generation = views.servingGeneration();
        if (time.isNow()) return responses.json(currentStatus(negotiationId, generation, minPosition == null && minHeader == null), generation);
        return responses.json(StatusView.of(fold(negotiationId, time), day(time)), generation);
    }

    @Operation(summary = "Every event of the negotiation in world order, each with its source and confidence")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Timeline.class)))
    @Get(uri = "/{negotiationId}/timeline", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> timeline(@PathVariable String negotiationId, @Nullable @QueryValue String asOf, @Nullable @QueryValue String knownAt, @Nullable @QueryValue String knowledge,
                                         @Nullable @QueryValue Long minPosition, @Nullable @Header("X-Min-Position") Long minHeader) {
        QueryTime time = prepare(negotiationId, asOf, knownAt, knowledge, minPosition, minHeader);
        int generation = views.servingGeneration();
        var events = time.publishedAxis() ? views.eventsPublishedBy(negotiationId, time.asOf(), time.knownByDay())
                : views.events(negotiationId, time.asOf(), time.knownAt());
        if (events.isEmpty() && !views.exists(negotiationId)) throw unknown(negotiationId);
        return responses.json(Timeline.of(negotiationId, events, codec), generation);
    }

    @Operation(summary = "Open and closed issues with titles and since when")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuesView.class)))
    @Get(uri = "/{negotiationId}/issues", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> issues(@PathVariable String negotiationId, @Nullable @QueryValue String asOf, @Nullable @QueryValue String knownAt, @Nullable @QueryValue String knowledge,
                                       @Nullable @QueryValue Long minPosition, @Nullable @Header("X-Min-Position") Long minHeader) {
        QueryTime time = prepare(negotiationId, asOf, knownAt, knowledge, minPosition, minHeader);
        return responses.json(IssuesView.of(fold(negotiationId, time)), views.servingGeneration());
    }

    @Operation(summary = "Offers and proposals (with their status and answers) and concessions")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalsView.class)))
    @Get(uri = "/{negotiationId}/proposals", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> proposals(@PathVariable String negotiationId, @Nullable @QueryValue String asOf, @Nullable @QueryValue String knownAt,
                                          @Nullable @QueryValue String knowledge, @Nullable @QueryValue Long minPosition,
                                          @Nullable @Header("X-Min-Position") Long minHeader) {
        QueryTime time = prepare(negotiationId, asOf, knownAt, knowledge, minPosition, minHeader);
        return responses.json(ProposalsView.of(fold(negotiationId, time)), views.servingGeneration());
    }

    @Operation(summary = "Deadlines with their full change history, and the next deadline with days left")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadlinesResponse.class)))
    @Get(uri = "/{negotiationId}/deadlines", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> deadlines(@PathVariable String negotiationId, @Nullable @QueryValue String asOf, @Nullable @QueryValue String knownAt, @Nullable @QueryValue String knowledge,
                                          @Nullable @QueryValue Long minPosition, @Nullable @Header("X-Min-Position") Long minHeader) {
        QueryTime time = prepare(negotiationId, asOf, knownAt, knowledge, minPosition, minHeader);
        return responses.json(DeadlinesResponse.of(fold(negotiationId, time), day(time)), views.servingGeneration());
    }

    @Operation(summary = "Rounds held (by level and format, numbered), and rounds cancelled")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundsView.class)))
    @Get(uri = "/{negotiationId}/rounds", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> rounds(@PathVariable String negotiationId, @Nullable @QueryValue String asOf, @Nullable @QueryValue String knownAt, @Nullable @QueryValue String knowledge,
                                       @Nullable @QueryValue Long minPosition, @Nullable @Header("X-Min-Position") Long minHeader) {
        QueryTime time = prepare(negotiationId, asOf, knownAt, knowledge, minPosition, minHeader);
        return responses.json(RoundsView.of(fold(negotiationId, time)), views.servingGeneration());
    }

    @Operation(summary = "Tariffs in force, scheduled (decided, effective later) and threatened, per product")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TariffsView.class)))
    @Get(uri = "/{negotiationId}/tariffs", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> tariffs(@PathVariable String negotiationId, @Nullable @QueryValue String asOf, @Nullable @QueryValue String knownAt, @Nullable @QueryValue String knowledge,
                                        @Nullable @QueryValue Long minPosition, @Nullable @Header("X-Min-Position") Long minHeader) {
        QueryTime time = prepare(negotiationId, asOf, knownAt, knowledge, minPosition, minHeader);
        return responses.json(TariffsView.of(fold(negotiationId, time), day(time)), views.servingGeneration());
    }

    private QueryTime prepare(String negotiationId, String asOf, String knownAt, String knowledge, Long minPosition, Long minHeader) {
        if (!Require.isSlug(negotiationId)) throw ProblemException.badRequest("negotiationId", "'" + negotiationId + "' is not a valid negotiation id");
        QueryTime time = QueryTime.parse(asOf, knownAt, knowledge);
        readYourWrites.await(minPosition, minHeader);
        return time;
    }

    private String currentStatus(String negotiationId, int generation, boolean cacheable) {
        java.time.LocalDate today = views.today();
        if (cacheable) {
            var cached = statusCache.get(negotiationId, generation, today);
            if (cached.isPresent()) return cached.get();
        }
        String json = views.currentStatus(negotiationId).orElseThrow(() -> unknown(negotiationId));
        statusCache.put(negotiationId, generation, today, json);
        return json;
    }

    private NegotiationState foldAny(String negotiationId, QueryTime time) {
        return time.publishedAxis() ? views.foldPublishedBy(negotiationId, time.asOf(), time.knownByDay())
                : views.fold(negotiationId, time.asOf(), time.knownAt());
    }

    private NegotiationState fold(String negotiationId, QueryTime time) {
        NegotiationState state = foldAny(negotiationId, time);
        if (state.version() == 0 && !views.exists(negotiationId)) throw unknown(negotiationId);
        return state;
    }

    private LocalDate day(QueryTime time) {
        return time.asOf() != null ? time.asOf() : views.today();
    }

    private static ProblemException unknown(String negotiationId) {
        return ProblemException.notFound("no negotiation '" + negotiationId + "'");
    }
}
