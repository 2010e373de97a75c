package io.negotiationtracker.bench;

import io.negotiationtracker.bench.alert.AlertLatency;
import io.negotiationtracker.bench.baseline.KafkaProduceBaseline;
import io.negotiationtracker.bench.baseline.PgRawBaseline;
import io.negotiationtracker.bench.e2e.EndToEnd;
import io.negotiationtracker.bench.growth.GrowthProbe;
import io.negotiationtracker.bench.harness.Scenario;
import io.negotiationtracker.bench.ingest.IngestThroughput;
import io.negotiationtracker.bench.peer.AxonPeer;
import io.negotiationtracker.bench.rebuild.Rebuild;
import io.negotiationtracker.bench.services.ServiceFootprint;
import io.negotiationtracker.bench.services.ServicePeakMemory;
import io.negotiationtracker.bench.status.StatusLoad;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every scenario in the order a run takes them, and the named groups. The order matters: start-up and idle memory are
 * read on a fresh stack, the "empty" growth probe runs before anything is stored, history is bulk-loaded only after the
 * latency and load scenarios, and the rebuild replays everything at the end.
 */
final class Scenarios {
    static final List<Scenario> IN_ORDER = List.of(
            new ServiceFootprint(),
            new GrowthProbe(GrowthProbe.Phase.EMPTY),
            new PgRawBaseline(),
            new KafkaProduceBaseline(),
            new IngestThroughput(),
            new AxonPeer(),
            new EndToEnd(),
            new StatusLoad(),
            new AlertLatency(),
            new GrowthProbe(GrowthProbe.Phase.LOADED),
            new Rebuild(),
            new ServicePeakMemory());

    static final Map<String, List<String>> GROUPS = Map.of(
            "ingest", List.of("baseline-pg", "baseline-kafka", "ingest", "peer"),
            "projection", List.of("baseline-pg", "e2e", "status", "rebuild"),
            "notifier", List.of("alert"),
            "growth", List.of("growth-empty", "growth-loaded"),
            "services", List.of("services", "services-peak"),
            "baselines", List.of("baseline-pg", "baseline-kafka"));

    private Scenarios() {}

    /** The scenarios named (groups expanded), in run order; all of them when none is named. */
    static List<Scenario> select(List<String> names) {
        if (names.isEmpty()) return IN_ORDER;
        Set<String> wanted = new LinkedHashSet<>();
        for (String n : names) {
            if (GROUPS.containsKey(n)) wanted.addAll(GROUPS.get(n));
            else if (IN_ORDER.stream().anyMatch(s -> s.name().equals(n))) wanted.add(n);
            else throw new IllegalArgumentException("no scenario or group named '" + n + "'");
        }
        return IN_ORDER.stream().filter(s -> wanted.contains(s.name())).toList();
    }

    static String names() {
        return String.join(" ", IN_ORDER.stream().map(Scenario::name).toList());
    }
}
