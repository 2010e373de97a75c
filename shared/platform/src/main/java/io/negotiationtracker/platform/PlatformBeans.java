package io.negotiationtracker.platform;

import io.micronaut.context.annotation.Factory;
import io.negotiationtracker.events.json.EventCodec;
import jakarta.inject.Singleton;
import java.time.Clock;

@Factory
public class PlatformBeans {
    @Singleton
    public EventCodec eventCodec() {
        return new EventCodec();
    }

    /** The service clock: the system clock, unless {@link ClockSettings} move it. */
    @Singleton
    public Clock clock(ClockSettings settings) {
        return ServiceClock.of(settings.at(), settings.mode(), Clock.systemUTC());
    }
}
