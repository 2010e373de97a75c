package io.negotiationtracker.projection.store;

import io.micronaut.context.annotation.Value;
import io.negotiationtracker.projection.consume.ViewChanges;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered status documents kept in memory, so the hottest read answers without a database round trip. An entry is
 * dropped as soon as this instance's consumer commits a change to its negotiation (ViewChanges), belongs to one
 * generation and one day, and lives at most {@code tracker.status-cache.ttl} (other instances' consumers do not tell
 * this one). Reads that wait for a position (read-your-writes) bypass it.
 */
@Singleton
public class StatusCache {
    private record Entry(int generation, LocalDate today, long storedAtNanos, String json) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;

    public StatusCache(ViewChanges changes, @Value("${tracker.status-cache.ttl:1s}") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
        changes.subscribe((ids, position) -> ids.forEach(entries::remove));
    }

    public Optional<String> get(String negotiationId, int generation, LocalDate today) {
        Entry e = entries.get(negotiationId);
        if (e == null || e.generation() != generation || !e.today().equals(today) || System.nanoTime() - e.storedAtNanos() > ttlNanos) {
            return Optional.empty();
        }
        return Optional.of(e.json());
    }

    public void put(String negotiationId, int generation, LocalDate today, String json) {
        if (entries.size() > 10_000) entries.clear();
        entries.put(negotiationId, new Entry(generation, today, System.nanoTime(), json));
    }
}
