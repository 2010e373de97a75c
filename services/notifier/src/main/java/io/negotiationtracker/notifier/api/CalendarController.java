package io.negotiationtracker.notifier.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.negotiationtracker.notifier.alerts.DeadlineStore;
import io.negotiationtracker.notifier.calendar.DeadlineCalendar;
import io.negotiationtracker.platform.http.ProblemException;
import io.negotiationtracker.platform.http.openapi.Access;
import io.negotiationtracker.platform.http.openapi.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;

/** Subscribe a calendar client to a negotiation's deadlines. */
@Controller("/api/negotiations")
@Tag(name = "feeds")
public class CalendarController {
    static final String TEXT_CALENDAR = "text/calendar;charset=utf-8";

    private final DeadlineStore deadlines;
    private final Clock clock;

    public CalendarController(DeadlineStore deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Operation(
            operationId = "deadlinesCalendar",
            summary = "The negotiation's deadlines as an iCalendar (RFC 5545) feed for calendar clients")
    @ApiResponse(
            responseCode = "200",
            description = "a VCALENDAR with one VEVENT per deadline",
            content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = "string")))
    @Access.Reader
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Unavailable
    @Get(uri = "/{negotiationId}/deadlines.ics", produces = TEXT_CALENDAR)
    public HttpResponse<String> ics(
            @Parameter(description = "the negotiation's id (a slug)", example = "us-japan-tariffs-2025") @PathVariable
                    String negotiationId) {
        AlertQuery.negotiationId(negotiationId);
        if (!deadlines.knows(negotiationId)) throw ProblemException.notFound("no negotiation '" + negotiationId + "'");
        return HttpResponse.ok(DeadlineCalendar.ics(negotiationId, deadlines.of(negotiationId), clock.instant()))
                .contentType(TEXT_CALENDAR)
                .header("Content-Disposition", "inline; filename=\"" + negotiationId + "-deadlines.ics\"");
    }
}
