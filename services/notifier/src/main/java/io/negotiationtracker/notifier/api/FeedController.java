package io.negotiationtracker.notifier.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.negotiationtracker.notifier.alerts.DeadlineStore;
import io.negotiationtracker.notifier.feeds.AlertFeed;
import io.negotiationtracker.notifier.feeds.FeedStore;
import io.negotiationtracker.platform.http.ProblemException;

/** Atom feeds (RFC 4287) of the newest 100 alerts: across all negotiations, and per negotiation. */
@Controller("/api")
public class FeedController {
    static final String ATOM = "application/atom+xml;charset=utf-8";
    static final int ENTRIES = 100;

    private final FeedStore feeds;
    private final DeadlineStore deadlines;

    public FeedController(FeedStore feeds, DeadlineStore deadlines) {
        this.feeds = feeds;
        this.deadlines = deadlines;
    }

    @Get(uri = "/alerts.atom", produces = ATOM)
    public HttpResponse<String> all(HttpRequest<?> request) {
        return atom(AlertFeed.atom(null, feeds.newest(null, ENTRIES), request.getPath()));
    }

    @Get(uri = "/negotiations/{negotiationId}/alerts.atom", produces = ATOM)
    public HttpResponse<String> negotiation(@PathVariable String negotiationId, HttpRequest<?> request) {
        AlertQuery.negotiationId(negotiationId);
        if (!deadlines.knows(negotiationId)) throw ProblemException.notFound("no negotiation '" + negotiationId + "'");
        return atom(AlertFeed.atom(negotiationId, feeds.newest(negotiationId, ENTRIES), request.getPath()));
    }

    private static HttpResponse<String> atom(String xml) {
        return HttpResponse.ok(xml).contentType(ATOM);
    }
}
