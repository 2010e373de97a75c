package io.negotiationtracker.bench.e2e;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Matches acknowledged writes (negotiation, position, intended start) with the live feed's view changes (negotiations,
 * position applied) and records intended start -> seen changed, in microseconds. A write is visible at the first change
 * that names its negotiation (or says everything changed) with a position at or past the write's, received after the
 * write was due; the change can arrive before the acknowledgement, so the last change per negotiation is kept.
 * Exact when each negotiation's previous write is already visible when the next is sent (the end-to-end scenario
 * writes each negotiation once a second); with more lag than that a write can be matched one batch early.
 */
final class VisibilityTracker {
    private record Write(long position, long intendedNanos, boolean recorded) {}

    private record Seen(long position, long atNanos) {
        boolean covers(Write w) {
            return position >= w.position() && atNanos >= w.intendedNanos();
        }
    }

    private final Map<String, List<Write>> pending = new HashMap<>();
    private final Map<String, Seen> lastSeen = new HashMap<>();
    private final Histogram visibleMicros = new Histogram(3_600_000_000L, 3);
    private Seen everything;
    private long outstanding;

    synchronized void acknowledged(String negotiation, long position, long intendedNanos, boolean recorded) {
        Write w = new Write(position, intendedNanos, recorded);
        Seen s = lastSeen.get(negotiation);
        if (s != null && s.covers(w)) record(w, s.atNanos());
        else if (everything != null && everything.covers(w)) record(w, everything.atNanos());
        else {
            pending.computeIfAbsent(negotiation, k -> new ArrayList<>()).add(w);
            outstanding++;
        }
    }

    synchronized void changed(Collection<String> negotiations, long position, boolean all, long atNanos) {
        Seen seen = new Seen(position, atNanos);
        if (all) {
            everything = seen;
            pending.values().forEach(writes -> resolve(writes, seen));
        } else {
            for (String n : negotiations) {
                lastSeen.put(n, seen);
                List<Write> writes = pending.get(n);
                if (writes != null) resolve(writes, seen);
            }
        }
        if (outstanding == 0) notifyAll();
    }

    /** Waits until every acknowledged write was seen; what is still unseen then is recorded as seen now (a lower bound). */
    synchronized long awaitAllSeen(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (outstanding > 0 && System.currentTimeMillis() < deadline)
            wait(Math.max(1, deadline - System.currentTimeMillis()));
        long unseen = outstanding;
        long now = System.nanoTime();
        pending.values().forEach(writes -> writes.forEach(w -> record(w, now)));
        pending.clear();
        outstanding = 0;
        return unseen;
    }

    synchronized Histogram visibleMicros() {
        return visibleMicros.copy();
    }

    private void resolve(List<Write> writes, Seen seen) {
        writes.removeIf(w -> {
            if (!seen.covers(w)) return false;
            record(w, seen.atNanos());
            outstanding--;
            return true;
        });
    }

    private void record(Write w, long atNanos) {
        if (w.recorded())
            visibleMicros.recordValue(Math.min(
                    visibleMicros.getHighestTrackableValue(), Math.max(0, (atNanos - w.intendedNanos()) / 1000)));
    }
}
