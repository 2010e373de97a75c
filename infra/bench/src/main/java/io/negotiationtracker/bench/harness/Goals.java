package io.negotiationtracker.bench.harness;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;

/** The keys every full harness run writes, in table order, and the goals of issue 12 for those that have one. */
public final class Goals {
    public record Goal(String text, DoublePredicate met) {}

    public static final List<String> KEYS = List.of(
            "baseline.pg_raw_rows_per_s",
            "baseline.kafka_produce_per_s",
            "ingest.events_per_s",
            "ratio.ingest_vs_pg_raw",
            "peer.axon_events_per_s",
            "ratio.ingest_vs_axon",
            "e2e.rate_per_s",
            "e2e.visible_p50_ms",
            "e2e.visible_p99_ms",
            "alert.p99_ms",
            "rebuild.events_per_s",
            "ratio.rebuild_vs_pg_raw",
            "status.rps",
            "status.p99_ms",
            "growth.stored_events",
            "growth.append_ratio_vs_empty",
            "growth.status_p99_ratio_vs_empty",
            "service.rss_mb_max",
            "service.start_s_max");

    private static final Map<String, Goal> GOALS = new LinkedHashMap<>();

    static {
        GOALS.put("ratio.ingest_vs_pg_raw", new Goal(">= 0.5", v -> v >= 0.5));
        GOALS.put("ratio.ingest_vs_axon", new Goal(">= 1.2", v -> v >= 1.2));
        GOALS.put("e2e.rate_per_s", new Goal(">= 980 (1,000 held)", v -> v >= 980));
        GOALS.put("e2e.visible_p99_ms", new Goal("< 100", v -> v < 100));
        GOALS.put("alert.p99_ms", new Goal("< 250", v -> v < 250));
        GOALS.put("ratio.rebuild_vs_pg_raw", new Goal(">= 0.5", v -> v >= 0.5));
        GOALS.put("status.rps", new Goal(">= 5,000", v -> v >= 5000));
        GOALS.put("status.p99_ms", new Goal("< 20", v -> v < 20));
        GOALS.put("growth.append_ratio_vs_empty", new Goal(">= 0.8", v -> v >= 0.8));
        GOALS.put("growth.status_p99_ratio_vs_empty", new Goal("<= 1.2", v -> v <= 1.2));
        GOALS.put("service.rss_mb_max", new Goal("< 256", v -> v < 256));
        GOALS.put("service.start_s_max", new Goal("< 3", v -> v < 3));
    }

    private Goals() {}

    public static Goal of(String key) {
        return GOALS.get(key);
    }
}
