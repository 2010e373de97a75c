package io.negotiationtracker.projection.rebuild;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.negotiationtracker.platform.http.openapi.Access;
import io.negotiationtracker.platform.http.openapi.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Starts a rebuild of every view from the topic (202; 409 while one runs) and reports its progress. */
@Controller("/api/admin/rebuild")
@Tag(name = "operations")
public class RebuildController {
    private final RebuildService rebuilds;

    public RebuildController(RebuildService rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Operation(
            operationId = "startRebuild",
            summary = "Start rebuilding every view from the topic (202 with the progress; 409 while one runs)")
    @ApiResponse(
            responseCode = "202",
            description = "started; poll GET /api/admin/rebuild for its progress",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RebuildStatus.class)))
    @Access.Writer
    @ProblemResponses.Conflict
    @ProblemResponses.Unavailable
    @Post(produces = MediaType.APPLICATION_JSON)
    public HttpResponse<RebuildStatus> start() {
        return HttpResponse.accepted().body(rebuilds.start());
    }

    @Operation(operationId = "rebuildStatus", summary = "The progress of the running (or last) rebuild")
    @ApiResponse(
            responseCode = "200",
            description = "the rebuild's state and progress",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RebuildStatus.class)))
    @Access.Reader
    @Get(produces = MediaType.APPLICATION_JSON)
    public RebuildStatus status() {
        return rebuilds.status();
    }
}
