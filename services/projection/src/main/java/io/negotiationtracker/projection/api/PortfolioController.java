package io.negotiationtracker.projection.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.negotiationtracker.platform.http.ProblemException;
import io.negotiationtracker.platform.http.openapi.Access;
import io.negotiationtracker.platform.http.openapi.ProblemResponses;
import io.negotiationtracker.projection.read.ServingViews;
import io.negotiationtracker.projection.render.Freshness;
import io.negotiationtracker.projection.render.QueryTime;
import io.negotiationtracker.projection.view.PortfolioView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/**
 * The portfolio: every negotiation (or those with a given party) with its next legal deadline and recent changes, and
 * the upcoming deadlines of all of them in date order. Takes the same time axes as the other views (asOf, knownAt,
 * knowledge), so the whole dashboard follows one "as of" date.
 */
@Controller("/api/portfolio")
@Tag(name = "views")
public class PortfolioController {
    private final ServingViews views;
    private final ViewResponses responses;

    PortfolioController(ServingViews views, ViewResponses responses) {
        this.views = views;
        this.responses = responses;
    }

    @Access.Reader
    @ProblemResponses.BadRequest
    @ProblemResponses.Unavailable
    @Operation(
            operationId = "portfolio",
            summary =
                    "Every negotiation with its next legal deadline and what changed in the last days, and the upcoming deadlines across all")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PortfolioView.class)))
    @Get(produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> portfolio(
            @Parameter(description = "world date, e.g. 2025-06-17") @Nullable @QueryValue String asOf,
            @Parameter(description = "recording instant, e.g. 2025-06-17T12:00:00Z (or a day on the published axis)")
                    @Nullable
                    @QueryValue
                    String knownAt,
            @Parameter(description = "knowledge axis of knownAt: recorded (default) or published") @Nullable @QueryValue
                    String knowledge,
            @Parameter(description = "only negotiations with this party, e.g. JP") @Nullable @QueryValue String party,
            @Parameter(description = "upcoming window in days (1 to 366, default 30)") @Nullable @QueryValue
                    Integer days,
            @Parameter(description = "recent changes window in days (1 to 90, default 7)") @Nullable @QueryValue
                    Integer changedWithin) {
        QueryTime time = TimeParameters.parse(asOf, knownAt, knowledge);
        int horizon = bounded(days, 30, 366, "days");
        int recent = bounded(changedWithin, 7, 90, "changedWithin");
        if (party != null && !party.matches("[A-Z]{2,8}"))
            throw ProblemException.badRequest("party", "party must be a party code such as JP, not '" + party + "'");
        Freshness now = views.freshness();
        List<PortfolioView.Input> inputs = views.seen(now, time).stream()
                .filter(s -> party == null || s.state().parties().containsKey(party))
                .map(s -> new PortfolioView.Input(s.state(), s.events()))
                .toList();
        return responses.json(PortfolioView.of(inputs, time.day(now.today()), recent, horizon), now.generation());
    }

    private static int bounded(Integer value, int fallback, int max, String field) {
        if (value == null) return fallback;
        if (value < 1 || value > max) throw ProblemException.badRequest(field, field + " must be between 1 and " + max);
        return value;
    }
}
