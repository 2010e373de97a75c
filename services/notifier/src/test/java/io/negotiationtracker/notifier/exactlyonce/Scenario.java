package io.negotiationtracker.notifier.exactlyonce;

import io.negotiationtracker.notifier.support.EventWriter;

/**
 * A deterministic workload with the clock at 2025-07-02: n negotiations each set a deadline for 2025-08-01 (30 days
 * out: no approaching alert); the even ones move it to 2025-07-05 (advanced, then approaching within 7 days).
 * Exactly n set + n/2 advanced + n/2 approaching alerts must result, whatever restarts or instances run it.
 */
final class Scenario {
    static final String TODAY = "2025-07-02";

    private Scenario() {}

    static int expectedAlerts(int n) {
        return n + 2 * ((n + 1) / 2);
    }

    static void write(EventWriter events, String prefix, int from, int to) {
        for (int i = from; i < to; i++) {
            events.set(prefix + "-" + i, "pause-end", "2025-08-01");
            if (i % 2 == 0) events.move(prefix + "-" + i, "pause-end", "2025-08-01", "2025-07-05");
        }
    }
}
