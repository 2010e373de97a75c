package io.negotiationtracker.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Builds the configured clock: the system clock, or one fixed at / offset to a given moment. */
public final class ServiceClock {
    private ServiceClock() {}

    public static Clock of(String at, String mode, Clock system) {
        if (at == null || at.isBlank()) return system;
        Instant start = at.contains("T")
                ? Instant.parse(at)
                : LocalDate.parse(at)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                        .plusSeconds(system.instant()
                                .atZone(ZoneOffset.UTC)
                                .toLocalTime()
                                .toSecondOfDay());
        return switch (mode) {
            case "fixed" -> Clock.fixed(start, ZoneOffset.UTC);
            case "offset" -> Clock.offset(system, Duration.between(system.instant(), start));
            default -> throw new IllegalArgumentException("tracker.clock.mode must be fixed or offset, not " + mode);
        };
    }
}
