package io.negotiationtracker.projection.live;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.Map;

/** Tells the dashboard page where the other services are, as the browser reaches them. */
@Controller("/api/dashboard/config")
public class DashboardConfigController {
    private final Map<String, Object> config;

    public DashboardConfigController(@Value("${tracker.dashboard.notifier-url}") String notifierUrl,
                                     @Value("${tracker.dashboard.ingest-url}") String ingestUrl, LiveSettings live) {
        this.config = Map.of("notifierUrl", trim(notifierUrl), "ingestUrl", trim(ingestUrl), "liveUrl", "/api/live",
                "heartbeatSeconds", live.getHeartbeatSeconds());
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public Map<String, Object> config() {
        return config;
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
