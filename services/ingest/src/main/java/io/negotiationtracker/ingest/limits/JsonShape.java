package io.negotiationtracker.ingest.limits;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/** Where in an event's JSON a limit is broken: paths such as {@code data.participants} or {@code data.terms[2].goods}. */
public final class JsonShape {
    private JsonShape() {}

    /** The path of the first list holding more than {@code max} entries, if any. */
    public static Optional<String> firstListLongerThan(JsonNode node, int max) {
        Deque<Object> steps = find(node, max);
        if (steps == null) return Optional.empty();
        String path = "";
        for (Object step : steps) path = step instanceof Integer i ? path + "[" + i + "]" : join(path, (String) step);
        return Optional.of(path);
    }

    /** The steps (names and indexes) down to the first list longer than {@code max}, or null: built only when one is found. */
    private static Deque<Object> find(JsonNode node, int max) {
        if (node.isArray()) {
            if (node.size() > max) return new ArrayDeque<>();
            for (int i = 0; i < node.size(); i++) {
                Deque<Object> inner = find(node.get(i), max);
                if (inner != null) {
                    inner.addFirst(i);
                    return inner;
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                Deque<Object> inner = find(f.getValue(), max);
                if (inner != null) {
                    inner.addFirst(f.getKey());
                    return inner;
                }
            }
        }
        return null;
    }

    /** The path of the part that makes an event large: the largest member, followed down through objects to a list or a value. */
    public static String largestPart(JsonNode node) {
        String path = "";
        JsonNode at = node;
        while (at.isObject() && at.size() > 0) {
            String biggestName = null;
            JsonNode biggest = null;
            int biggestSize = -1;
            for (Iterator<Map.Entry<String, JsonNode>> it = at.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                int size = f.getValue().toString().length();
                if (size > biggestSize) {
                    biggestName = f.getKey();
                    biggest = f.getValue();
                    biggestSize = size;
                }
            }
            path = join(path, biggestName);
            at = biggest;
        }
        return path;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
