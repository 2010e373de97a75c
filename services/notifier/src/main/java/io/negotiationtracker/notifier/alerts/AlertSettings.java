package io.negotiationtracker.notifier.alerts;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** {@code tracker.alerts.*}: the days before a due date at which an approaching alert fires, e.g. 7,1 ({@link Horizons}). */
@ConfigurationProperties("tracker.alerts")
public record AlertSettings(@Bindable(defaultValue = "7,1") String horizonsDays) {}
