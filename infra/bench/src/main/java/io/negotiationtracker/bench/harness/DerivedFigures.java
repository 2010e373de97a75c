package io.negotiationtracker.bench.harness;

/** The figures computed from others once every scenario has run: ratios against the baselines and the peer, maxima. */
public final class DerivedFigures {
    private DerivedFigures() {}

    public static void compute(Results r) {
        r.ratio("ratio.ingest_vs_pg_raw", "ingest.events_per_s", "baseline.pg_raw_rows_per_s");
        r.ratio("ratio.ingest_vs_axon", "ingest.events_per_s", "peer.axon_events_per_s");
        r.ratio("ratio.rebuild_vs_pg_raw", "rebuild.events_per_s", "baseline.pg_raw_rows_per_s");
        r.ratio(
                "growth.append_ratio_vs_empty",
                "growth.loaded.append_events_per_s",
                "growth.empty.append_events_per_s");
        r.ratio("growth.status_p99_ratio_vs_empty", "growth.loaded.status_p99_ms", "growth.empty.status_p99_ms");
        r.max("service.rss_mb_max", "service.", ".rss_mb_idle");
        r.max("service.start_s_max", "service.", ".start_s");
    }
}
