package io.negotiationtracker.notifier.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationtracker.domain.alerts.AlertKind;
import io.negotiationtracker.domain.alerts.AlertPolicy;
import io.negotiationtracker.events.DeadlineClass;
import io.negotiationtracker.events.InvalidEventException;
import io.negotiationtracker.platform.http.ProblemException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an alert policy strictly: {@code {"classes":["legal"],"kinds":["approaching",...],"horizonsDays":[7,1]}}, each
 * field optional (absent: legal deadlines only, every kind, 7 and 1 days). Every problem is a 400 naming its field
 * under {@code prefix} (e.g. policy.classes[1]).
 */
final class PolicyJson {
    static final List<String> FIELDS = List.of("classes", "kinds", "horizonsDays");

    private PolicyJson() {}

    static AlertPolicy read(JsonNode v, String prefix) {
        if (v == null || v.isNull()) return AlertPolicy.DEFAULT;
        if (!v.isObject()) throw ProblemException.badRequest(prefix, prefix + " must be a JSON object with " + FIELDS);
        v.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f))
                throw ProblemException.badRequest(
                        prefix + "." + f,
                        f + " is not a field of a policy (expected " + String.join(", ", FIELDS) + ")");
        });
        Set<DeadlineClass> classes =
                v.has("classes") ? classes(v.get("classes"), prefix + ".classes") : AlertPolicy.DEFAULT.classes();
        Set<AlertKind> kinds = v.has("kinds") ? kinds(v.get("kinds"), prefix + ".kinds") : AlertPolicy.DEFAULT.kinds();
        List<Integer> horizons = v.has("horizonsDays")
                ? horizons(v.get("horizonsDays"), prefix + ".horizonsDays")
                : AlertPolicy.DEFAULT.horizonsDays();
        try {
            return new AlertPolicy(classes, kinds, horizons);
        } catch (InvalidEventException e) {
            throw ProblemException.badRequest(
                    prefix + "." + e.field(), prefix + "." + e.field() + " " + e.getMessage());
        }
    }

    /** The policy as the API shows it. */
    static Map<String, Object> write(AlertPolicy p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(
                "classes",
                Arrays.stream(DeadlineClass.values())
                        .filter(p.classes()::contains)
                        .map(c -> c.name().toLowerCase(Locale.ROOT))
                        .toList());
        out.put(
                "kinds",
                Arrays.stream(AlertKind.values())
                        .filter(p.kinds()::contains)
                        .map(AlertKind::wireName)
                        .toList());
        out.put("horizonsDays", p.horizonsDays().reversed());
        return out;
    }

    private static Set<DeadlineClass> classes(JsonNode v, String field) {
        List<String> names = Arrays.stream(DeadlineClass.values())
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .toList();
        Set<DeadlineClass> out = EnumSet.noneOf(DeadlineClass.class);
        for (String s : strings(v, field, names)) out.add(DeadlineClass.valueOf(s.toUpperCase(Locale.ROOT)));
        return out;
    }

    private static Set<AlertKind> kinds(JsonNode v, String field) {
        Set<AlertKind> out = EnumSet.noneOf(AlertKind.class);
        for (String s : strings(v, field, AlertKind.wireNames()))
            out.add(AlertKind.fromWire(s).orElseThrow());
        return out;
    }

    private static List<String> strings(JsonNode v, String field, List<String> allowed) {
        if (v == null || !v.isArray() || v.isEmpty())
            throw ProblemException.badRequest(field, field + " must be a non-empty array of " + allowed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isTextual() || !allowed.contains(item.asText()))
                throw ProblemException.badRequest(
                        field + "[" + i + "]", field + "[" + i + "] must be one of " + allowed);
            out.add(item.asText());
        }
        return out;
    }

    private static List<Integer> horizons(JsonNode v, String field) {
        if (v == null || !v.isArray() || v.size() > 10)
            throw ProblemException.badRequest(
                    field, field + " must be an array of at most 10 whole numbers of days, e.g. [7, 1]");
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isIntegralNumber() || !item.canConvertToInt())
                throw ProblemException.badRequest(
                        field + "[" + i + "]", field + "[" + i + "] must be a whole number of days");
            out.add(item.asInt());
        }
        return out;
    }
}
