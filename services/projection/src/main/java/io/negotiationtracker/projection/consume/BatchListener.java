package io.negotiationtracker.projection.consume;

import java.util.Set;

/** Told after a generation's batch committed: which negotiations changed, the highest position applied, records dead-lettered. */
interface BatchListener {
    void committed(Set<String> negotiationIds, long position, int deadLettered);
}
