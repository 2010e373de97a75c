package io.negotiationtracker.domain.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.domain.Decide;
import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.json.EventCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed story (infra/seed, imported through the codec as ingest would, recorded long after the facts) backtested from
 * 1 April to 31 July 2025: what a user following the legal deadlines would have been told, and what was held back.
 * Every source is dated "June 2025", so nothing is known before 1 June, and a fact is known no earlier than it happened.
 */
class SeedBacktestTest {
    private static final Path SEED = Path.of("../../infra/seed/us-japan-tariffs-2025.ndjson");
    private static final String ID = "us-japan-tariffs-2025";
    static final String ID_FOR_TESTS = ID;

    static List<EventEnvelope> seed() throws Exception {
        EventCodec codec = new EventCodec();
        List<EventEnvelope> stored = new ArrayList<>();
        NegotiationState state = NegotiationState.initial(ID);
        for (String line : Files.readAllLines(SEED)) {
            var node = (com.fasterxml.jackson.databind.node.ObjectNode) codec.parse(line);
            node.remove("negotiationId");
            ProposedEvent p = codec.readProposed(node, java.util.UUID::randomUUID);
            assertThat(Decide.decide(state, p)).as(line).isEmpty();
            EventEnvelope e = p.stored(ID, stored.size() + 1, stored.size() + 1, Instant.parse("2026-12-01T00:00:00Z"));
            stored.add(e);
            state = Evolve.evolve(state, e);
        }
        return stored;
    }

    @Test
    void aUserFollowingTheLegalDeadlinesGetsSixAlertsAboutThePauseEndAndSixteenAreHeldBack() throws Exception {
        var alerts = AlertBacktest.run(
                ID, seed(), LocalDate.parse("2025-04-01"), LocalDate.parse("2025-07-31"), AlertPolicy.DEFAULT);
        assertThat(History.lines(alerts.stream().filter(BacktestAlert::sent).toList()))
                .containsExactly(
                        "2025-06-01 set reciprocal-tariff-pause-end 2025-07-09 r0 sent",
                        "2025-06-11 change_signalled reciprocal-tariff-pause-end 2025-07-09 r0 sent",
                        "2025-07-02 approaching reciprocal-tariff-pause-end 2025-07-09 h7 r0 sent",
                        "2025-07-08 approaching reciprocal-tariff-pause-end 2025-07-09 h1 r0 sent",
                        "2025-07-09 due_today reciprocal-tariff-pause-end 2025-07-09 r0 sent",
                        "2025-07-10 passed reciprocal-tariff-pause-end 2025-07-09 r0 sent");
        assertThat(History.lines(alerts.stream().filter(a -> !a.sent()).toList()))
                .containsExactly(
                        "2025-06-01 set general-election-2024 2024 r0 outside_policy",
                        "2025-06-01 set interim-accord-at-g7-meeting 2025-06-16 r0 outside_policy",
                        "2025-06-01 set conclude-negotiations-early-july 2025-07-early r0 outside_policy",
                        "2025-06-01 set upper-house-election-2025 2025-07-20 r0 outside_policy",
                        "2025-06-01 passed general-election-2024 2024 r0 outside_policy",
                        "2025-06-09 approaching interim-accord-at-g7-meeting 2025-06-16 h7 r0 outside_policy",
                        "2025-06-15 approaching interim-accord-at-g7-meeting 2025-06-16 h1 r0 outside_policy",
                        "2025-06-16 target_missed interim-accord-at-g7-meeting 2025-06-16 r0 outside_policy",
                        "2025-06-16 change_signalled conclude-negotiations-early-july 2025-07-early r0 outside_policy",
                        "2025-06-24 approaching conclude-negotiations-early-july 2025-07-early h7 r0 outside_policy",
                        "2025-06-30 approaching conclude-negotiations-early-july 2025-07-early h1 r0 outside_policy",
                        "2025-07-11 target_missed conclude-negotiations-early-july 2025-07-early r0 outside_policy",
                        "2025-07-13 approaching upper-house-election-2025 2025-07-20 h7 r0 outside_policy",
                        "2025-07-19 approaching upper-house-election-2025 2025-07-20 h1 r0 outside_policy",
                        "2025-07-20 due_today upper-house-election-2025 2025-07-20 r0 outside_policy",
                        "2025-07-21 passed upper-house-election-2025 2025-07-20 r0 outside_policy");
        assertThat(alerts.get(alerts.size() - 1).alert().kind()).isEqualTo(AlertKind.PASSED);
        assertThat(AlertBacktest.run(
                        ID, seed(), LocalDate.parse("2025-04-01"), LocalDate.parse("2025-07-31"), AlertPolicy.DEFAULT))
                .as("deterministic")
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("alert.eventId")
                .isEqualTo(alerts);
    }
}
