package io.negotiationtracker.projection.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.Require;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.platform.http.ProblemException;
import io.negotiationtracker.platform.http.openapi.Access;
import io.negotiationtracker.platform.http.openapi.ProblemResponses;
import io.negotiationtracker.projection.read.ServingViews;
import io.negotiationtracker.projection.render.Freshness;
import io.negotiationtracker.projection.render.QueryTime;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The dashboard API. Every view takes asOf (a world date: only events that occurred on or before it, and tariffs, deadlines
 * and days left as they stand on that day) and knownAt (a recording instant: only what had been recorded by then);
 * knowledge=published reads knownAt on the publication axis (what sources had published by that day);
 * minPosition (or the header X-Min-Position) waits, within 5 s, until the views include a write ingest acknowledged.
 * Which answers come from a rendering made earlier is {@link ServingViews}' and {@link Freshness}' business.
 */
@Controller("/api/negotiations")
@Tag(name = "views")
public class NegotiationsController {
    private static final String JSON = MediaType.APPLICATION_JSON;

    private final ServingViews views;
    private final EventCodec codec;
    private final ViewResponses responses;
    private final ReadYourWrites readYourWrites;

    NegotiationsController(
            ServingViews views, EventCodec codec, ViewResponses responses, ReadYourWrites readYourWrites) {
        this.views = views;
        this.codec = codec;
        this.responses = responses;
        this.readYourWrites = readYourWrites;
    }

    @Access.Reader
    @ProblemResponses.BadRequest
    @ProblemResponses.Unavailable
    @Operation(
            operationId = "listNegotiations",
            summary = "Every negotiation with a summary (rounds held, open issues, next deadline, tariffs)")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = SummaryView.class)))
    @Get(produces = JSON)
    public HttpResponse<String> list(
            @Parameter(description = "world date, e.g. 2025-06-17") @Nullable @QueryValue String asOf,
            @Parameter(description = "recording instant, e.g. 2025-06-17T12:00:00Z (or a day on the published axis)")
                    @Nullable
                    @QueryValue
                    String knownAt,
            @Parameter(description = "knowledge axis of knownAt: recorded (default) or published") @Nullable @QueryValue
                    String knowledge,
            @Nullable @QueryValue Long minPosition,
            @Nullable @Header("X-Min-Position") Long minHeader) {
        QueryTime time = TimeParameters.parse(asOf, knownAt, knowledge);
        readYourWrites.await(minPosition, minHeader);
        Freshness now = views.freshness();
        return responses.json(
                "{\"negotiations\":[" + String.join(",", views.summaries(now, time)) + "]}", now.generation());
    }

    @Access.Reader
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Unavailable
    @Operation(
            operationId = "negotiationStatus",
            summary =
                    "The status of one negotiation: rounds, issues, deadlines with history and the next one, tariffs, agreements, statements")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = StatusView.class)))
    @Get(uri = "/{negotiationId}/status", produces = JSON)
    public HttpResponse<String> status(@RequestBean ViewQuery query) {
        QueryTime time = prepare(query);
        Freshness now = views.freshness();
        return responses.json(
                known(query, views.status(now, query.negotiationId(), time, query.waitsForPosition())),
                now.generation());
    }

    @Access.Reader
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Unavailable
    @Operation(
            operationId = "negotiationTimeline",
            summary =
                    "Every recorded event of the negotiation in world order, with its source, confidence and corrections")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = Timeline.class)))
    @Get(uri = "/{negotiationId}/timeline", produces = JSON)
    public HttpResponse<String> timeline(@RequestBean ViewQuery query) {
        QueryTime time = prepare(query);
        Freshness now = views.freshness();
        var recorded = known(query, views.recorded(now, query.negotiationId(), time));
        return responses.json(
                Timeline.of(query.negotiationId(), recorded.events(), recorded.amendments(), codec), now.generation());
    }

    @Access.Reader
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Unavailable
    @Operation(operationId = "negotiationIssues", summary = "Open and closed issues with titles and since when")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = IssuesView.class)))
    @Get(uri = "/{negotiationId}/issues", produces = JSON)
    public HttpResponse<String> issues(@RequestBean ViewQuery query) {
        return view(query, (state, day) -> IssuesView.of(state));
    }

    @Access.Reader
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Unavailable
    @Operation(
            operationId = "negotiationProposals",
            summary = "Offers and proposals (with their status and answers) and concessions")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ProposalsView.class)))
    @Get(uri = "/{negotiationId}/proposals", produces = JSON)
    public HttpResponse<String> proposals(@RequestBean ViewQuery query) {
        return view(query, (state, day) -> ProposalsView.of(state));
    }

    @Access.Reader
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Unavailable
    @Operation(
            operationId = "negotiationRounds",
            summary = "Rounds held (by level and format, numbered), and rounds cancelled")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = RoundsView.class)))
    @Get(uri = "/{negotiationId}/rounds", produces = JSON)
    public HttpResponse<String> rounds(@RequestBean ViewQuery query) {
        return view(query, (state, day) -> RoundsView.of(state));
    }

    @Access.Reader
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Unavailable
    @Operation(
            operationId = "negotiationDeadlines",
            summary = "Deadlines with their full change history, and the next deadline with days left")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = DeadlinesResponse.class)))
    @Get(uri = "/{negotiationId}/deadlines", produces = JSON)
    public HttpResponse<String> deadlines(@RequestBean ViewQuery query) {
        return view(query, DeadlinesResponse::of);
    }

    @Access.Reader
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Unavailable
    @Operation(
            operationId = "negotiationTariffs",
            summary = "Tariffs in force, scheduled (decided, effective later) and threatened, per product")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = TariffsView.class)))
    @Get(uri = "/{negotiationId}/tariffs", produces = JSON)
    public HttpResponse<String> tariffs(@RequestBean ViewQuery query) {
        return view(query, TariffsView::of);
    }

    /** A view of the negotiation's state as the query time sees it, standing on asOf (else today). */
    private HttpResponse<String> view(ViewQuery query, BiFunction<NegotiationState, LocalDate, Object> render) {
        QueryTime time = prepare(query);
        Freshness now = views.freshness();
        NegotiationState state = known(query, views.fold(now, query.negotiationId(), time));
        return responses.json(render.apply(state, time.day(now.today())), now.generation());
    }

    /** Checks the id and the time axes (400), then waits for the position asked for (503 when not reached in time). */
    private QueryTime prepare(ViewQuery query) {
        String id = query.negotiationId();
        if (!Require.isSlug(id))
            throw ProblemException.badRequest("negotiationId", "'" + id + "' is not a valid negotiation id");
        QueryTime time = TimeParameters.parse(query.asOf(), query.knownAt(), query.knowledge());
        readYourWrites.await(query.minPosition(), query.minHeader());
        return time;
    }

    private static <T> T known(ViewQuery query, Optional<T> answer) {
        return answer.orElseThrow(() -> ProblemException.notFound("no negotiation '" + query.negotiationId() + "'"));
    }
}
