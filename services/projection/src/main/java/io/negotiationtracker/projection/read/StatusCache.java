package io.negotiationtracker.projection.read;

import io.negotiationtracker.projection.progress.ViewChanges;
import io.negotiationtracker.projection.render.Freshness;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered status documents kept in memory, so the hottest read answers without a database round trip. An entry is
 * dropped as soon as this instance's consumer commits a change to its negotiation (ViewChanges); whether a kept copy
 * still answers (generation, day, age) is {@link Freshness#copyIsCurrent}'s call.
 */
@Singleton
public class StatusCache {
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(int generation, LocalDate day, long storedAtNanos, String json) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;

    public StatusCache(ViewChanges changes, StatusCacheSettings settings) {
        this.ttlNanos = settings.ttl().toNanos();
        changes.subscribe((ids, position) -> ids.forEach(entries::remove));
    }

    public Optional<String> get(String negotiationId, Freshness now) {
        Entry e = entries.get(negotiationId);
        if (e == null || !now.copyIsCurrent(e.generation(), e.day(), System.nanoTime() - e.storedAtNanos(), ttlNanos))
            return Optional.empty();
        return Optional.of(e.json());
    }

    public void put(String negotiationId, Freshness now, String json) {
        if (entries.size() > MAX_ENTRIES) entries.clear();
        entries.put(negotiationId, new Entry(now.generation(), now.today(), System.nanoTime(), json));
    }
}
