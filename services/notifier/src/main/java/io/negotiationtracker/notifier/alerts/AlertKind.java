package io.negotiationtracker.notifier.alerts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Why an alert fires: a change recorded by an event, or the passing of time (approaching, due today, passed). The rules
 * are the domain's ({@link io.negotiationtracker.domain.alerts.AlertRules}); this is their name in the alert table.
 */
public enum AlertKind {
    SET, EXTENDED, ADVANCED, CANCELLED, REINSTATED, CHANGE_SIGNALLED, APPROACHING, DUE_TODAY, PASSED, TARGET_MET, TARGET_MISSED;

    public static AlertKind of(io.negotiationtracker.domain.alerts.AlertKind kind) {
        return switch (kind) {
            case SET -> SET;
            case EXTENDED -> EXTENDED;
            case ADVANCED -> ADVANCED;
            case CANCELLED -> CANCELLED;
            case REINSTATED -> REINSTATED;
            case CHANGE_SIGNALLED -> CHANGE_SIGNALLED;
            case APPROACHING -> APPROACHING;
            case DUE_TODAY -> DUE_TODAY;
            case PASSED -> PASSED;
            case TARGET_MET -> TARGET_MET;
            case TARGET_MISSED -> TARGET_MISSED;
        };
    }

    /** The name in the API, the stream, the topic and webhooks: lower case, e.g. change_signalled. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AlertKind> fromWire(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName().equals(name)).findFirst();
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(AlertKind::wireName).toList();
    }
}
