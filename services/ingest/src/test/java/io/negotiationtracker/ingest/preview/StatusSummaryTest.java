package io.negotiationtracker.ingest.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.Confidence;
import io.negotiationtracker.events.DeadlineChanged;
import io.negotiationtracker.events.DeadlineKind;
import io.negotiationtracker.events.DeadlineSet;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.IssueMarkedBlocking;
import io.negotiationtracker.events.IssueOpened;
import io.negotiationtracker.events.NegotiationEvent;
import io.negotiationtracker.events.NegotiationOpened;
import io.negotiationtracker.events.Party;
import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.RoundHeld;
import io.negotiationtracker.events.RoundLevel;
import io.negotiationtracker.events.Source;
import io.negotiationtracker.events.WorldDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Given a negotiation's events, the compact status the preview answers, and what differs once more events are folded in. */
class StatusSummaryTest {
    static final LocalDate TODAY = LocalDate.parse("2025-07-01");
    final List<EventEnvelope> events = new ArrayList<>();

    NegotiationState given(NegotiationEvent... more) {
        for (NegotiationEvent e : more) {
            events.add(new ProposedEvent(
                            UUID.randomUUID(),
                            WorldDate.parse("2025-06-16"),
                            new Source(null, "Wire", "report", null),
                            Confidence.CONFIRMED,
                            e)
                    .stored("talks", events.size() + 1, events.size() + 1, Instant.parse("2025-06-20T00:00:00Z")));
        }
        return Evolve.fold("talks", events);
    }

    static NegotiationOpened opened() {
        return new NegotiationOpened(
                "Talks", List.of(new Party("US", "United States"), new Party("JP", "Japan")), List.of(), null);
    }

    static RoundHeld round(String id) {
        return new RoundHeld(id, RoundLevel.MINISTERIAL, null, null, null, List.of(), null, null, null);
    }

    static DeadlineSet pauseEnds(String dueOn) {
        return new DeadlineSet(
                "pause-end", "End of the pause", WorldDate.parse(dueOn), DeadlineKind.EFFECTIVE_DATE, null);
    }

    @Test
    void theSummaryCountsRoundsNamesTheNextLegalDeadlineAndTheBlockingIssues() {
        var state = given(
                opened(),
                round("r1"),
                round("r2"),
                pauseEnds("2025-07-09"),
                new IssueOpened("autos", "Car tariffs", "JP", null),
                new IssueMarkedBlocking("autos", true, null));
        var summary = StatusSummary.of(state, TODAY);
        assertThat(summary).containsKeys("rounds", "nextLegalDeadline", "deadlines", "measures", "issues");
        assertThat(summary.get("rounds").toString()).isEqualTo("{total=2, byLevel={ministerial=2}, cancelled=0}");
        assertThat(summary.get("nextLegalDeadline").toString())
                .isEqualTo("{deadlineId=pause-end, title=End of the pause, dueOn=2025-07-09, daysLeft=8}");
        assertThat(summary.get("issues").toString())
                .isEqualTo("{open=1, blocking=1, items={autos={title=Car tariffs, open=true, blocking=true}}}");
    }

    @Test
    void theChangesNameEachFieldThatDiffersWithItsCardAndAWholeNewDeadlineOnce() {
        var before = StatusSummary.of(given(opened(), round("r1")), TODAY);
        var after = StatusSummary.of(given(round("r2"), pauseEnds("2025-07-09")), TODAY);
        var changes = StatusChanges.between(before, after);
        assertThat(changes)
                .extracting(c -> c.card() + " " + c.path() + " " + c.before() + " -> "
                        + (c.after() instanceof java.util.Map ? "{..}" : c.after()))
                .containsExactly(
                        "rounds rounds.total 1 -> 2",
                        "rounds rounds.byLevel.ministerial 1 -> 2",
                        "nextLegalDeadline nextLegalDeadline null -> {..}",
                        "deadlines deadlines.pause-end null -> {..}");
        var moved = StatusSummary.of(
                given(new DeadlineChanged(
                        "pause-end", WorldDate.parse("2025-07-09"), WorldDate.parse("2025-08-01"), false, null)),
                TODAY);
        assertThat(StatusChanges.between(after, moved))
                .extracting(StatusChanges.Change::path)
                .containsExactly("nextLegalDeadline.dueOn", "nextLegalDeadline.daysLeft", "deadlines.pause-end.dueOn");
    }
}
