package io.negotiationtracker.projection.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.EventRetracted;
import io.negotiationtracker.events.NegotiationOpened;
import io.negotiationtracker.events.Party;
import io.negotiationtracker.events.Person;
import io.negotiationtracker.events.StatementMade;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.projection.support.Story;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The replay's folds: extended while events come in world order, left to a full fold after a late event or a correction. */
class ReplayFoldsTest {
    static final StatusRendering RENDERING = new StatusRendering(new EventCodec());
    static final LocalDate TODAY = LocalDate.of(2025, 6, 17);

    @Test
    void eventsInWorldOrderAreFoldedWhileReadingToTheStateAFullFoldGives() {
        Story s = new Story("in-order");
        List<EventEnvelope> events = new ArrayList<>(List.of(opened(s)));
        for (int day = 2; day < 20; day++) events.add(said(s, "2025-03-" + (day < 10 ? "0" + day : day)));
        ReplayFolds folds = new ReplayFolds();
        events.forEach(folds::add);

        assertThat(folds.toFoldInFull()).isEmpty();
        Folded whileReading = folds.folded().get("in-order");
        Folded inFull = Folding.all("in-order", Folding.inWorldOrder(events));
        assertThat(whileReading.lastPosition()).isEqualTo(inFull.lastPosition());
        assertThat(RENDERING.render(whileReading, TODAY)).isEqualTo(RENDERING.render(inFull, TODAY));
    }

    @Test
    void aLateEventOrACorrectionLeavesTheNegotiationToAFullFold() {
        Story late = new Story("late");
        Story corrected = new Story("corrected");
        Story other = new Story("other");
        ReplayFolds folds = new ReplayFolds();
        folds.add(opened(late));
        folds.add(said(late, "2025-03-10"));
        folds.add(said(late, "2025-03-05"));
        folds.add(said(late, "2025-03-20"));
        folds.add(opened(corrected));
        EventEnvelope statement = said(corrected, "2025-03-10");
        folds.add(statement);
        folds.add(corrected.recorded(
                "2025-03-11",
                Instant.parse("2025-03-11T00:00:00Z"),
                new EventRetracted(statement.eventId(), "never said"),
                Story.NHK));
        folds.add(opened(other));

        assertThat(folds.toFoldInFull()).containsExactly("late", "corrected");
        assertThat(folds.folded()).containsOnlyKeys("other");
    }

    private static EventEnvelope opened(Story s) {
        return s.on(
                "2025-03-01",
                new NegotiationOpened(
                        "Talks", List.of(new Party("US", "United States"), new Party("JP", "Japan")), List.of(), null));
    }

    private static EventEnvelope said(Story s, String day) {
        return s.on(day, new StatementMade(new Person("Speaker", null, "US"), "On " + day, null));
    }
}
