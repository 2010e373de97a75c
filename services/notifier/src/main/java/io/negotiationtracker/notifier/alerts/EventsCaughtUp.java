package io.negotiationtracker.notifier.alerts;

/** Whether this instance has read every event on its partitions: time alerts wait for it, so a replay never alerts on a stale version. */
public interface EventsCaughtUp {
    boolean caughtUp();
}
