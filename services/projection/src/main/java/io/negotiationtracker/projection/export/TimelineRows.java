package io.negotiationtracker.projection.export;

import io.negotiationtracker.domain.Amendments;
import io.negotiationtracker.domain.EventRef;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.Source;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.projection.render.Recorded;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The timeline dataset: every event the query sees as recorded, in world order, with its sources and amendments. */
final class TimelineRows {
    private TimelineRows() {}

    static Stream<List<Object>> of(Recorded recorded, EventCodec codec) {
        return recorded.events().stream()
                .map(e -> row(e, recorded.amendments().getOrDefault(e.eventId(), Amendments.NONE), codec));
    }

    private static List<Object> row(EventEnvelope e, Amendments a, EventCodec codec) {
        return Arrays.asList(
                e.position(),
                e.eventId().toString(),
                e.version(),
                e.type(),
                e.occurredOn().toString(),
                e.recordedAt().toString(),
                e.knownOn().toString(),
                e.confidence().name().toLowerCase(Locale.ROOT),
                e.sources().size(),
                e.sources().stream().map(Source::publisher).toList(),
                e.sources().stream().map(Source::title).toList(),
                e.sources().stream().map(s -> s.url() == null ? "" : s.url()).toList(),
                a.retracted(),
                a.retracted() ? a.retractedBy().eventId().toString() : null,
                a.retracted() ? a.retractionReason() : null,
                a.corrected(),
                ids(a.correctedBy()),
                a.corrected() ? a.correctionReason() : null,
                codec.dataJson(e.data()));
    }

    private static List<String> ids(List<EventRef> refs) {
        return refs.stream().map(r -> r.eventId().toString()).toList();
    }
}
