package io.negotiationtracker.projection.live;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.Map;

/** Tells the dashboard page where the other services are, as the browser reaches them. */
@Controller("/api/dashboard/config")
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

    @Get(produces = MediaType.APPLICATION_JSON)
    public Map<String, Object> config() {
        return config;
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
