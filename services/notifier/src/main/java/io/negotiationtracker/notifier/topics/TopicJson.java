package io.negotiationtracker.notifier.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.negotiationtracker.domain.alerts.AlertKind;
import io.negotiationtracker.domain.alerts.AlertPolicy;
import io.negotiationtracker.domain.alerts.TopicFilter;
import io.negotiationtracker.events.DeadlineClass;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The stored (and shown) form of a policy and a topic filter: trusted JSON written by this class, read back by it. */
public final class TopicJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TopicJson() {}

    public static ObjectNode policy(AlertPolicy p) {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode classes = out.putArray("classes");
        Arrays.stream(DeadlineClass.values())
                .filter(p.classes()::contains)
                .forEach(c -> classes.add(c.name().toLowerCase(Locale.ROOT)));
        ArrayNode kinds = out.putArray("kinds");
        Arrays.stream(AlertKind.values()).filter(p.kinds()::contains).forEach(k -> kinds.add(k.wireName()));
        ArrayNode horizons = out.putArray("horizonsDays");
        p.horizonsDays().reversed().forEach(horizons::add);
        return out;
    }

    public static AlertPolicy policy(JsonNode n) {
        Set<DeadlineClass> classes = new LinkedHashSet<>();
        n.path("classes")
                .forEach(c -> classes.add(DeadlineClass.valueOf(c.asText().toUpperCase(Locale.ROOT))));
        Set<AlertKind> kinds = new LinkedHashSet<>();
        n.path("kinds").forEach(k -> kinds.add(AlertKind.fromWire(k.asText()).orElseThrow()));
        List<Integer> horizons = new java.util.ArrayList<>();
        n.path("horizonsDays").forEach(h -> horizons.add(h.asInt()));
        return new AlertPolicy(classes, kinds, horizons);
    }

    public static ObjectNode filter(TopicFilter f) {
        ObjectNode out = JSON.createObjectNode();
        put(out, "parties", f.parties());
        put(out, "issues", f.issues());
        put(out, "measures", f.measures());
        put(out, "products", f.products());
        put(out, "deadlines", f.deadlines());
        return out;
    }

    public static TopicFilter filter(JsonNode n) {
        return new TopicFilter(
                set(n, "parties"), set(n, "issues"), set(n, "measures"), set(n, "products"), set(n, "deadlines"));
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored topic is not JSON: " + json, e);
        }
    }

    private static void put(ObjectNode out, String field, Set<String> values) {
        if (values.isEmpty()) return;
        ArrayNode a = out.putArray(field);
        new TreeSet<>(values).forEach(a::add);
    }

    private static Set<String> set(JsonNode n, String field) {
        Set<String> out = new LinkedHashSet<>();
        n.path(field).forEach(v -> out.add(v.asText()));
        return out;
    }
}
