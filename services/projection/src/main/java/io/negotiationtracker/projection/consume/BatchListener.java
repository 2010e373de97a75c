package io.negotiationtracker.projection.consume;

/** Told after a transaction that dead-lettered records committed (the metric). What changed reaches instances as notices. */
interface BatchListener {
    void deadLettered(int records);
}
