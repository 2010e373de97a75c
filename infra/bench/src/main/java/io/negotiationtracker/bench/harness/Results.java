package io.negotiationtracker.bench.harness;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/** The figures of one run (key with its unit in the name -> number), the run's metadata, and what failed. Thread-safe. */
public final class Results {
    private final Map<String, Double> figures = new LinkedHashMap<>();
    private final Map<String, Object> meta = new LinkedHashMap<>();
    private final Map<String, String> failures = new LinkedHashMap<>();

    public synchronized void put(String key, double value) {
        figures.put(key, value);
    }

    public synchronized OptionalDouble get(String key) {
        Double v = figures.get(key);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** Puts {@code numerator / denominator} under {@code key} when both figures are there. */
    public synchronized void ratio(String key, String numerator, String denominator) {
        Double n = figures.get(numerator);
        Double d = figures.get(denominator);
        if (n != null && d != null && d != 0) figures.put(key, n / d);
    }

    /** Puts the largest of the figures whose keys start with {@code prefix} and end with {@code suffix}, if any. */
    public synchronized void max(String key, String prefix, String suffix) {
        figures.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix)
                        && e.getKey().endsWith(suffix)
                        && !e.getKey().equals(key))
                .mapToDouble(Map.Entry::getValue)
                .max()
                .ifPresent(v -> figures.put(key, v));
    }

    public synchronized void meta(String key, Object value) {
        meta.put(key, value);
    }

    public synchronized void failed(String scenario, String why) {
        failures.put(scenario, why);
    }

    public synchronized Map<String, Double> figures() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** The figures with the keys first, in {@link Goals#KEYS} order, then the others in the order measured. */
    public synchronized Map<String, Double> ordered() {
        Map<String, Double> out = new LinkedHashMap<>();
        Goals.KEYS.stream().filter(figures::containsKey).forEach(k -> out.put(k, figures.get(k)));
        figures.forEach(out::putIfAbsent);
        return Collections.unmodifiableMap(out);
    }

    public synchronized Map<String, Object> metadata() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    }

    public synchronized Map<String, String> failures() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(failures));
    }
}
