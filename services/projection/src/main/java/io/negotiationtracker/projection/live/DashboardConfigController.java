package io.negotiationtracker.projection.live;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.negotiationtracker.platform.http.openapi.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;

/** Tells the dashboard page where the other services are, as the browser reaches them. */
@Controller("/api/dashboard/config")
@Tag(name = "dashboard")
public class DashboardConfigController {
    private final Map<String, Object> config;

    public DashboardConfigController(DashboardSettings dashboard, LiveSettings live) {
        this.config = Map.of(
                "notifierUrl",
                trim(dashboard.notifierUrl()),
                "ingestUrl",
                trim(dashboard.ingestUrl()),
                "liveUrl",
                "/api/live",
                "heartbeatSeconds",
                live.heartbeatSeconds());
    }

    @Operation(
            operationId = "dashboardConfig",
            summary = "Where the dashboard page finds the other services (notifierUrl, ingestUrl, liveUrl)")
    @ApiResponse(
            responseCode = "200",
            description = "{notifierUrl, ingestUrl, liveUrl, heartbeatSeconds}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object")))
    @Access.Reader
    @Get(produces = MediaType.APPLICATION_JSON)
    public Map<String, Object> config() {
        return config;
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
