package io.negotiationtracker.platform.loops;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code tracker.loops.*}: a loop silent for longer than {@code stuckAfter} is stuck (readiness DOWN); a loop whose body
 * crashed counts as recovered once its restarted body has run {@code recoveredAfter} without crashing again.
 */
@ConfigurationProperties("tracker.loops")
public record LoopSettings(
        @Bindable(defaultValue = "60s") Duration stuckAfter,
        @Bindable(defaultValue = "5s") Duration recoveredAfter) {}
