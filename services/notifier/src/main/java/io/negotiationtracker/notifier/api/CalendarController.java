package io.negotiationtracker.notifier.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.negotiationtracker.notifier.alerts.DeadlineStore;
import io.negotiationtracker.notifier.calendar.DeadlineCalendar;
import io.negotiationtracker.platform.http.ProblemException;
import java.time.Clock;

/** Subscribe a calendar client to a negotiation's deadlines. */
@Controller("/api/negotiations")
public class CalendarController {
    static final String TEXT_CALENDAR = "text/calendar;charset=utf-8";

    private final DeadlineStore deadlines;
    private final Clock clock;

    public CalendarController(DeadlineStore deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Get(uri = "/{negotiationId}/deadlines.ics", produces = TEXT_CALENDAR)
    public HttpResponse<String> ics(@PathVariable String negotiationId) {
        AlertQuery.negotiationId(negotiationId);
        if (!deadlines.knows(negotiationId)) throw ProblemException.notFound("no negotiation '" + negotiationId + "'");
        return HttpResponse.ok(DeadlineCalendar.ics(negotiationId, deadlines.of(negotiationId), clock.instant()))
                .contentType(TEXT_CALENDAR)
                .header("Content-Disposition", "inline; filename=\"" + negotiationId + "-deadlines.ics\"");
    }
}
