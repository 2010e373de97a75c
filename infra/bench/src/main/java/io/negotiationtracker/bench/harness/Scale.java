package io.negotiationtracker.bench.harness;

import java.util.List;

/**
 * How much each scenario does. {@code smoke} checks that the harness runs end to end (a few minutes; its figures mean
 * little), {@code quick} is the default (under 15 minutes on 2 quiet cores), {@code full} is the measured run.
 *
 * @param batches          batches of {@code batchSize} events appended by the ingest, peer and baseline scenarios
 * @param clients          concurrent writers in those scenarios (the same for all of them)
 * @param e2eRates         arrival rates of the open-loop end-to-end runs, events per second
 * @param e2eWarmUpSeconds open-loop seconds at each rate that are sent but not recorded
 * @param e2eSeconds       recorded seconds at each rate
 * @param statusSeconds    seconds of status reads under load (after 3 s of warm-up)
 * @param alertChanges     deadline changes timed to their webhook (after a tenth as many unrecorded)
 * @param historyEvents    events stored before the "loaded" growth probe and the rebuild (bulk-loaded where missing)
 * @param probeBatches     batches appended by each growth probe
 * @param idleSeconds      how long a restarted service idles before its resident memory is read
 */
public record Scale(
        String name,
        int batches,
        int batchSize,
        int clients,
        List<Integer> e2eRates,
        int e2eWarmUpSeconds,
        int e2eSeconds,
        int statusSeconds,
        int alertChanges,
        long historyEvents,
        int probeBatches,
        int idleSeconds) {

    public static Scale named(String name) {
        return switch (name) {
            case "smoke" -> new Scale("smoke", 20, 1000, 2, List.of(1000, 2000), 2, 5, 5, 20, 50_000, 5, 2);
            case "quick" -> new Scale("quick", 200, 1000, 2, List.of(1000, 2000), 5, 30, 15, 200, 1_000_000, 20, 5);
            case "full" -> new Scale("full", 1000, 1000, 2, List.of(1000, 2000), 10, 60, 60, 1000, 10_000_000, 50, 10);
            default -> throw new IllegalArgumentException("unknown scale '" + name + "' (smoke, quick, full)");
        };
    }

    public long events() {
        return (long) batches * batchSize;
    }
}
