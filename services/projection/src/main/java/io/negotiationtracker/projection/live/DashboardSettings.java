package io.negotiationtracker.projection.live;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Where the browser finds the other services (tracker.dashboard.notifier-url and ingest-url): their public addresses,
 * which the projection cannot guess, so neither has a default.
 */
@ConfigurationProperties("tracker.dashboard")
public record DashboardSettings(String notifierUrl, String ingestUrl) {
    public DashboardSettings {
        if (notifierUrl == null) throw new IllegalStateException("tracker.dashboard.notifier-url must be set");
        if (ingestUrl == null) throw new IllegalStateException("tracker.dashboard.ingest-url must be set");
    }
}
