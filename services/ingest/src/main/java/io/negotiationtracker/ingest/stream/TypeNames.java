package io.negotiationtracker.ingest.stream;

import io.negotiationtracker.events.EventTypes;
import io.negotiationtracker.platform.http.ProblemException;
import java.util.List;

public final class TypeNames {
    private TypeNames() {}

    public static List<String> check(List<String> types) {
        if (types == null) return List.of();
        List<String> flat = types.stream()
                .flatMap(t -> List.of(t.split(",")).stream())
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .toList();
        for (String t : flat) {
            if (EventTypes.classOf(t).isEmpty())
                throw ProblemException.badRequest(
                        "type", "unknown event type '" + t + "'; known types: " + String.join(", ", EventTypes.ALL));
        }
        return flat;
    }
}
