package io.negotiationtracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.events.DeadlineClass;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.RoundLevel;
import io.negotiationtracker.events.json.EventCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed story (infra/seed), decided event by event in file order as ingest would, then read as an analyst reads the
 * two articles: the headline figures the dashboard shows come from these rules.
 */
class SeedStoryTest {
    private static final Path SEED = Path.of("../../infra/seed/us-japan-tariffs-2025.ndjson");

    private static NegotiationState stateOfTheSeed() throws Exception {
        EventCodec codec = new EventCodec();
        List<EventEnvelope> stored = new ArrayList<>();
        NegotiationState state = NegotiationState.initial("us-japan-tariffs-2025");
        for (String line : Files.readAllLines(SEED)) {
            var node = (com.fasterxml.jackson.databind.node.ObjectNode) codec.parse(line);
            node.remove("negotiationId");
            ProposedEvent p = codec.readProposed(node, java.util.UUID::randomUUID);
            assertThat(Decide.decide(state, p)).as(line).isEmpty();
            EventEnvelope e = p.stored(
                    "us-japan-tariffs-2025",
                    stored.size() + 1,
                    stored.size() + 1,
                    Instant.parse("2026-12-01T00:00:00Z"));
            stored.add(e);
            state = Evolve.evolve(state, e);
        }
        return state;
    }

    @Test
    void onTheSeventeenthOfJuneTheHeadlineIsTheNinthOfJulyPauseEnd() throws Exception {
        NegotiationState s = stateOfTheSeed();
        LocalDate june17 = LocalDate.parse("2025-06-17");
        DeadlineStanding next = DeadlineStanding.nextLegal(s, june17).orElseThrow();
        assertThat(next.deadline().deadlineId()).isEqualTo("reciprocal-tariff-pause-end");
        assertThat(next.daysLeft()).isEqualTo(22);
        assertThat(next.deadline().openSignals()).hasSize(1);
        assertThat(next.deadline().openSignals().get(0).ref().confidence()).hasToString("REPORTED");

        RoundCount rounds = RoundCount.of(s);
        assertThat(rounds.total()).isEqualTo(6);
        assertThat(rounds.byLevel()).containsOnlyKeys(RoundLevel.MINISTERIAL).containsEntry(RoundLevel.MINISTERIAL, 6);
        assertThat(rounds.capstones()).extracting(Round::roundId).containsExactly("summit-2-kananaskis-2025-06-16");
        assertThat(rounds.beforeOpening()).extracting(Round::roundId).containsExactly("summit-1-washington-2025-02");

        var states = s.tariffs().values().stream()
                .map(m -> MeasureStanding.of(m, s.deadlines(), june17))
                .toList();
        assertThat(states.stream().filter(m -> m.state() == MeasureStanding.State.IN_FORCE))
                .hasSize(3);
        assertThat(states.stream().filter(m -> m.state() == MeasureStanding.State.SUSPENDED))
                .singleElement()
                .satisfies(m -> assertThat(m.ceiling()).isTrue());
        assertThat(states.stream().filter(m -> m.threat().isPresent()))
                .singleElement()
                .satisfies(m -> assertThat(m.measure().measureId()).isEqualTo("us-auto-tariff"));

        assertThat(s.issues()).hasSize(3);
        assertThat(s.issues().get("auto-tariffs").blocking()).isTrue();
        assertThat(s.issues()
                        .get("auto-tariffs")
                        .currentPositions()
                        .get("US")
                        .ref()
                        .confidence())
                .hasToString("REPORTED");
        assertThat(s.proposals()).containsOnlyKeys("jp-energy-investment-economic-security");

        var targets = s.deadlines().values().stream()
                .filter(d -> d.deadlineClass() == DeadlineClass.TARGET)
                .map(d -> DeadlineStanding.of(d, june17).targetStatus())
                .toList();
        assertThat(targets)
                .containsExactly(DeadlineStanding.TargetStatus.MISSED, DeadlineStanding.TargetStatus.IN_DOUBT);
        assertThat(s.deadlines().get("upper-house-election-2025").deadlineClass())
                .isEqualTo(DeadlineClass.MILESTONE);
    }

    @Test
    void onTheTenthOfJulyThePauseHasEndedAndTheSuspendedRateApplies() throws Exception {
        NegotiationState s = stateOfTheSeed();
        LocalDate july10 = LocalDate.parse("2025-07-10");
        assertThat(DeadlineStanding.nextLegal(s, july10)).isEmpty();
        MeasureStanding reciprocal = MeasureStanding.of(s.tariffs().get("us-reciprocal-tariff"), s.deadlines(), july10);
        assertThat(reciprocal.state()).isEqualTo(MeasureStanding.State.IN_FORCE);
        assertThat(reciprocal.pauseEnded()).isTrue();
        assertThat(DeadlineStanding.of(s.deadlines().get("conclude-negotiations-early-july"), july10)
                        .timing())
                .isEqualTo(DeadlineStanding.Timing.IN_WINDOW);
        assertThat(DeadlineStanding.of(s.deadlines().get("conclude-negotiations-early-july"), july10.plusDays(1))
                        .targetStatus())
                .isEqualTo(DeadlineStanding.TargetStatus.MISSED);
    }
}
