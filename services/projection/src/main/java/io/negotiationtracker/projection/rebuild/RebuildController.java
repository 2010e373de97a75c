package io.negotiationtracker.projection.rebuild;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;

/** Starts a rebuild of every view from the topic (202; 409 while one runs) and reports its progress. */
@Controller("/api/admin/rebuild")
public class RebuildController {
    private final RebuildService rebuilds;

    public RebuildController(RebuildService rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Post(produces = MediaType.APPLICATION_JSON)
    public HttpResponse<RebuildStatus> start() {
        return HttpResponse.accepted().body(rebuilds.start());
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public RebuildStatus status() {
        return rebuilds.status();
    }
}
