package io.negotiationtracker.domain.alerts;

import io.negotiationtracker.events.DeadlineClass;
import io.negotiationtracker.events.InvalidEventException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a reader wants to be told: which deadline classes, which alert kinds, and how many days before a due date an
 * approaching alert comes (its horizons, tightest first). The default follows the legal deadlines only, every kind,
 * at 7 and 1 days.
 */
public record AlertPolicy(Set<DeadlineClass> classes, Set<AlertKind> kinds, List<Integer> horizonsDays) {
    public static final int MAX_HORIZON_DAYS = 366;
    public static final List<Integer> DEFAULT_HORIZONS = List.of(1, 7);
    public static final AlertPolicy DEFAULT =
            new AlertPolicy(EnumSet.of(DeadlineClass.LEGAL), EnumSet.allOf(AlertKind.class), DEFAULT_HORIZONS);

    public AlertPolicy {
        if (classes == null || classes.isEmpty())
            throw new InvalidEventException("classes", "must name at least one deadline class");
        if (kinds == null || kinds.isEmpty())
            throw new InvalidEventException("kinds", "must name at least one alert kind");
        if (horizonsDays == null) horizonsDays = DEFAULT_HORIZONS;
        for (int i = 0; i < horizonsDays.size(); i++) {
            Integer h = horizonsDays.get(i);
            if (h == null || h < 0 || h > MAX_HORIZON_DAYS)
                throw new InvalidEventException(
                        "horizonsDays[" + i + "]", "must be a whole number of days from 0 to " + MAX_HORIZON_DAYS);
        }
        classes = Set.copyOf(classes);
        kinds = Set.copyOf(kinds);
        horizonsDays = horizonsDays.stream().distinct().sorted().toList();
    }

    /** Every class and kind at the given horizons: what the live notifier records (subscriptions filter it). */
    public static AlertPolicy everything(List<Integer> horizonsDays) {
        return new AlertPolicy(EnumSet.allOf(DeadlineClass.class), EnumSet.allOf(AlertKind.class), horizonsDays);
    }

    public boolean admits(DeadlineClass deadlineClass, AlertKind kind) {
        return classes.contains(deadlineClass) && kinds.contains(kind);
    }
}
