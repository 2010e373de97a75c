package io.negotiationtracker.projection.view;

import io.negotiationtracker.domain.EventRef;
import io.negotiationtracker.events.Source;
import java.util.List;

/**
 * Where a fact shown on the dashboard comes from: how sure it is (confirmed, or reported when the only support is an
 * unnamed official or a hint), how many sources support it, and who published and stands behind each.
 */
public record Provenance(
        String eventId, String occurredOn, String knownOn, String confidence, int sourceCount, List<Cited> sources) {

    public record Cited(String publisher, String title, String url, String publishedOn, String attribution) {}

    public static Provenance of(EventRef ref) {
        return new Provenance(
                ref.eventId().toString(),
                ref.occurredOn().toString(),
                ref.knownOn().toString(),
                Names.lower(ref.confidence()),
                ref.sources().size(),
                ref.sources().stream().map(Provenance::cited).toList());
    }

    private static Cited cited(Source s) {
        return new Cited(s.publisher(), s.title(), s.url(), Names.text(s.publishedOn()), Names.lower(s.attribution()));
    }
}
