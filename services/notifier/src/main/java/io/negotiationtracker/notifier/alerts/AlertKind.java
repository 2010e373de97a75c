package io.negotiationtracker.notifier.alerts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Why an alert fires: a change recorded by an event, or the passing of time (approaching, passed). */
public enum AlertKind {
    SET, EXTENDED, ADVANCED, CANCELLED, REINSTATED, CHANGE_SIGNALLED, APPROACHING, PASSED;

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
