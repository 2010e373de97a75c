package io.negotiationtracker.projection.live;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Changes one slow subscriber has not received yet, merged into one update: the buffer never holds more than
 * {@code maxIds} negotiation ids; beyond that it says "everything changed" instead of growing.
 */
final class PendingChanges {
    private final int maxIds;
    private final String onlyNegotiation;
    private final Set<String> ids = new LinkedHashSet<>();
    private boolean everything;
    private long position = -1;

    PendingChanges(int maxIds, String onlyNegotiation) {
        this.maxIds = maxIds;
        this.onlyNegotiation = onlyNegotiation;
    }

    /** Returns whether the change concerns this subscriber at all. */
    synchronized boolean add(Set<String> changed, long newPosition) {
        if (onlyNegotiation != null && !changed.contains(onlyNegotiation)) return false;
        position = Math.max(position, newPosition);
        if (onlyNegotiation != null) {
            ids.add(onlyNegotiation);
        } else if (!everything) {
            ids.addAll(changed);
            if (ids.size() > maxIds) {
                ids.clear();
                everything = true;
            }
        }
        return true;
    }

    synchronized LiveMessage.ViewsChanged take() {
        if (position < 0) return null;
        var update = new LiveMessage.ViewsChanged(new ArrayList<>(ids), position, everything);
        ids.clear();
        everything = false;
        position = -1;
        return update;
    }
}
