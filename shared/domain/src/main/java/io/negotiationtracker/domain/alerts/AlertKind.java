package io.negotiationtracker.domain.alerts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Why an alert is due. From a change to a deadline (set, extended, advanced, cancelled, reinstated, change signalled,
 * target met or missed by an event) or from the day (approaching at a horizon, due today, passed, a target missed
 * because its window ended unmet). On the wire in lower case.
 */
public enum AlertKind {
    SET,
    EXTENDED,
    ADVANCED,
    CANCELLED,
    REINSTATED,
    CHANGE_SIGNALLED,
    APPROACHING,
    DUE_TODAY,
    PASSED,
    TARGET_MET,
    TARGET_MISSED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AlertKind> fromWire(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName().equals(name)).findFirst();
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(AlertKind::wireName).toList();
    }

    /** True for the kinds the day raises (rather than an event). */
    public boolean fromTime() {
        return switch (this) {
            case APPROACHING, DUE_TODAY, PASSED -> true;
            case SET, EXTENDED, ADVANCED, CANCELLED, REINSTATED, CHANGE_SIGNALLED, TARGET_MET, TARGET_MISSED -> false;
        };
    }
}
