package io.negotiationtracker.ingest.preview;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What differs between two {@link StatusSummary summaries}, field by field: a card's reader sees "rounds.total 2 -> 3"
 * rather than two whole documents. Maps present on both sides are compared key by key; anything else (a number, a
 * text, a deadline that appears or goes) is one change with its value before and after (null when absent).
 */
public final class StatusChanges {
    /** @param card the dashboard card it shows on (the path's first part); @param path the field, dotted */
    public record Change(String card, String path, Object before, Object after) {}

    private StatusChanges() {}

    public static List<Change> between(Map<String, Object> before, Map<String, Object> after) {
        List<Change> out = new ArrayList<>();
        compare("", before, after, out);
        return out;
    }

    private static void compare(String prefix, Map<?, ?> before, Map<?, ?> after, List<Change> out) {
        Set<Object> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (Object key : keys) {
            String path = prefix.isEmpty() ? key.toString() : prefix + "." + key;
            Object b = before.get(key);
            Object a = after.get(key);
            if (b instanceof Map<?, ?> bm && a instanceof Map<?, ?> am) compare(path, bm, am, out);
            else if (!Objects.equals(b, a)) out.add(new Change(path.split("\\.", 2)[0], path, b, a));
        }
    }
}
