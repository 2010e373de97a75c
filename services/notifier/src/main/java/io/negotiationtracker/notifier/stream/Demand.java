package io.negotiationtracker.notifier.stream;

/** What a stream subscriber has asked for and not yet received; the pump waits on it instead of buffering. */
final class Demand {
    private long requested;

    synchronized void add(long n) {
        requested = n == Long.MAX_VALUE || requested + n < 0 ? Long.MAX_VALUE : requested + n;
        notifyAll();
    }

    /** Takes one unit of demand, waiting at most {@code timeoutMillis}; false when the subscriber asked for nothing in that time. */
    synchronized boolean take(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (requested == 0) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) return false;
            wait(left);
        }
        if (requested != Long.MAX_VALUE) requested--;
        return true;
    }
}
