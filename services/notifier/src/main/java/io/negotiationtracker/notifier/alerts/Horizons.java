package io.negotiationtracker.notifier.alerts;

import java.util.Arrays;
import java.util.List;

/** Days before a due date at which an approaching alert fires, e.g. 7 and 1; parsed from tracker.alerts.horizons-days. */
public final class Horizons {
    private Horizons() {}

    public static List<Integer> parse(String text) {
        List<Integer> days;
        try {
            days = Arrays.stream(text.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(Integer::valueOf)
                    .distinct()
                    .sorted()
                    .toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "tracker.alerts.horizons-days must list whole days, e.g. 7,1, not '" + text + "'");
        }
        if (days.stream().anyMatch(d -> d < 0 || d > 366))
            throw new IllegalArgumentException(
                    "tracker.alerts.horizons-days must be between 0 and 366 days, not '" + text + "'");
        return days;
    }
}
