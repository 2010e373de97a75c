package io.negotiationtracker.projection.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.projection.support.Story;
import io.negotiationtracker.projection.support.UsJapanStory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Folding and rendering from a list of events, without a database: in full, incrementally, and as a query time sees them. */
class FoldingTest {
    static final LocalDate TODAY = LocalDate.parse("2025-06-17");
    static final StatusRendering RENDERING = new StatusRendering(new EventCodec());

    @Test
    void aFullFoldRemembersTheLastPositionAndTheLastEventInWorldOrder() {
        // given the story's events as they arrived (not in world order)
        List<EventEnvelope> arrived = UsJapanStory.events(new Story("us-japan"));
        // when folded in world order
        Folded folded = Folding.all("us-japan", Folding.inWorldOrder(arrived));
        // then it includes up to the highest position, and its key is the world-order last event's
        EventEnvelope last = Folding.inWorldOrder(arrived).get(arrived.size() - 1);
        assertThat(folded.lastPosition())
                .isEqualTo(arrived.stream()
                        .mapToLong(EventEnvelope::position)
                        .max()
                        .orElseThrow());
        assertThat(folded.lastDay()).isEqualTo(last.occurredOn().earliest());
        assertThat(folded.lastVersion()).isEqualTo(last.version());
        assertThat(folded.state().version()).isEqualTo(arrived.size());
    }

    @Test
    void extendingAFoldWithLaterEventsRendersExactlyWhatAFullFoldRenders() {
        // given the story folded up to the end of May (world order), then its June events arriving
        List<EventEnvelope> all = Folding.inWorldOrder(UsJapanStory.events(new Story("us-japan")));
        LocalDate june = LocalDate.parse("2025-06-01");
        List<EventEnvelope> untilMay = all.stream()
                .filter(e -> e.occurredOn().earliest().isBefore(june))
                .toList();
        List<EventEnvelope> june1On = all.subList(untilMay.size(), all.size());
        Folded cached = Folding.all("us-japan", untilMay);
        assertThat(Freshness.foldExtends(cached, cached.lastPosition(), june1On.get(0)))
                .isTrue();
        // when extended
        Folded extended = Folding.extend(cached, june1On);
        // then it is the full fold: same rendering, same position, same key
        Folded full = Folding.all("us-japan", all);
        assertThat(RENDERING.render(extended, TODAY)).isEqualTo(RENDERING.render(full, TODAY));
        assertThat(extended).usingRecursiveComparison().ignoringFields("state").isEqualTo(full);
    }

    @Test
    void aRenderingCarriesTheDayItIsForAndTheFoldItCameFrom() {
        Folded folded = Folding.all("us-japan", Folding.inWorldOrder(UsJapanStory.events(new Story("us-japan"))));
        Rendering r = RENDERING.render(folded, TODAY);
        assertThat(r.negotiationId()).isEqualTo("us-japan");
        assertThat(r.title()).isEqualTo("US-Japan tariff talks");
        assertThat(r.version()).isEqualTo(folded.state().version());
        assertThat(r.lastPosition()).isEqualTo(folded.lastPosition());
        assertThat(r.computedFor()).isEqualTo(TODAY);
        assertThat(r.status())
                .isEqualTo(RENDERING.status(folded.state(), TODAY))
                .contains("\"today\":\"2025-06-17\"");
        assertThat(r.summary())
                .isEqualTo(RENDERING.summary(folded.state(), TODAY))
                .contains("\"computedFor\":\"2025-06-17\"");
    }

    @Test
    void nothingFoldedIncludesNoPositionAndPrecedesEveryEvent() {
        Folded nothing = Folding.all("talks", List.of());
        assertThat(nothing.lastPosition()).isZero();
        assertThat(nothing.precedes(new Story("talks").on("1900-01-01", FreshnessTest.said("first words"))))
                .isTrue();
    }
}
