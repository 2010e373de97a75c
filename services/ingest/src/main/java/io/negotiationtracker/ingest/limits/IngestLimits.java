package io.negotiationtracker.ingest.limits;

import io.micronaut.context.annotation.ConfigurationProperties;

/** What one request may bring in (tracker.ingest.*); checked at the door, before anything is stored. */
@ConfigurationProperties("tracker.ingest")
public class IngestLimits {
    /** An event's stored envelope (JSON, UTF-8) may be at most this many bytes; it must fit a Kafka record with room to spare. */
    private int maxEventBytes = 262_144;
    /** No list in an event (participants, parties, issues...) may hold more entries than this. */
    private int maxListEntries = 500;
    /** Folded negotiation states the writer keeps in memory (least recently used evicted). */
    private int foldCacheSize = 2_000;

    public int getMaxEventBytes() {
        return maxEventBytes;
    }

    public void setMaxEventBytes(int maxEventBytes) {
        this.maxEventBytes = maxEventBytes;
    }

    public int getMaxListEntries() {
        return maxListEntries;
    }

    public void setMaxListEntries(int maxListEntries) {
        this.maxListEntries = maxListEntries;
    }

    public int getFoldCacheSize() {
        return foldCacheSize;
    }

    public void setFoldCacheSize(int foldCacheSize) {
        this.foldCacheSize = foldCacheSize;
    }
}
