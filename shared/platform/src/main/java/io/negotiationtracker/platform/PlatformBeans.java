package io.negotiationtracker.platform;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.negotiationtracker.events.json.EventCodec;
import jakarta.inject.Singleton;
import java.time.Clock;

@Factory
public class PlatformBeans {
    @Singleton
    public EventCodec eventCodec() {
        return new EventCodec();
    }

    /**
     * The service clock. {@code tracker.clock.at} (a date such as 2025-06-17, or an instant) moves "now" there:
     * with {@code tracker.clock.mode=offset} (the default) time then runs on from it; with {@code fixed} it stands still.
     */
    @Singleton
    public Clock clock(@Value("${tracker.clock.at:}") String at, @Value("${tracker.clock.mode:offset}") String mode) {
        return ServiceClock.of(at, mode, Clock.systemUTC());
    }
}
