package io.negotiationtracker.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What later events did to one event: the retraction that took it back (with its reason), the corrections that
 * replaced it (the last one stands) and the events that added sources to it. A timeline strikes a retracted or
 * corrected event through and links it to these.
 */
public record Amendments(
        EventRef retractedBy,
        String retractionReason,
        List<EventRef> correctedBy,
        String correctionReason,
        List<EventRef> corroboratedBy) {
    public static final Amendments NONE = new Amendments(null, null, List.of(), null, List.of());

    public Amendments {
        correctedBy = List.copyOf(correctedBy);
        corroboratedBy = List.copyOf(corroboratedBy);
    }

    public boolean retracted() {
        return retractedBy != null;
    }

    public boolean corrected() {
        return !correctedBy.isEmpty();
    }

    Amendments retractedBy(EventRef by, String reason) {
        return new Amendments(by, reason, correctedBy, correctionReason, corroboratedBy);
    }

    Amendments correctedBy(EventRef by, String reason) {
        return new Amendments(retractedBy, retractionReason, plus(correctedBy, by), reason, corroboratedBy);
    }

    Amendments corroboratedBy(EventRef by) {
        return new Amendments(retractedBy, retractionReason, correctedBy, correctionReason, plus(corroboratedBy, by));
    }

    private static List<EventRef> plus(List<EventRef> list, EventRef ref) {
        List<EventRef> more = new ArrayList<>(list);
        more.add(ref);
        return more;
    }
}
