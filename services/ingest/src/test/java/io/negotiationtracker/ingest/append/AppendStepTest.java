package io.negotiationtracker.ingest.append;

import static io.negotiationtracker.ingest.append.AppendSpec.again;
import static io.negotiationtracker.ingest.append.AppendSpec.append;
import static io.negotiationtracker.ingest.append.AppendSpec.appendExpecting;
import static io.negotiationtracker.ingest.append.AppendSpec.appended;
import static io.negotiationtracker.ingest.append.AppendSpec.fresh;
import static io.negotiationtracker.ingest.append.AppendSpec.given;
import static io.negotiationtracker.ingest.append.AppendSpec.replayed;
import static io.negotiationtracker.ingest.append.Events.moved;
import static io.negotiationtracker.ingest.append.Events.opened;
import static io.negotiationtracker.ingest.append.Events.pauseEnds;
import static io.negotiationtracker.ingest.append.Events.retraction;
import static io.negotiationtracker.ingest.append.Events.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.WorldDate;
import io.negotiationtracker.ingest.append.AppendOutcome.DuplicateConflict;
import io.negotiationtracker.ingest.append.AppendOutcome.RetryInNextGroup;
import io.negotiationtracker.ingest.append.AppendOutcome.VersionConflict;
import org.junit.jupiter.api.Test;

class AppendStepTest {
    private static final String TALKS = "us-japan-tariffs-2025";
    private final ProposedEvent opened = opened();
    private final ProposedEvent first = statement("first");
    private final ProposedEvent second = statement("second");

    @Test
    void aNewStreamTakesVersionsFromOneAndTheGroupTakesThePositionsAfterTheLastStored() {
        given().stored("other-talks", opened(), statement("elsewhere"))
                .when(append(TALKS, opened, first))
                .then(appended(TALKS, 2, fresh(opened, 1, 3), fresh(first, 2, 4)))
                .thenStores(opened, first)
                .thenStreamAt(TALKS, 2);
    }

    @Test
    void appendsToOneStreamInAGroupFollowEachOtherInVersionAndState() {
        ProposedEvent deadline = pauseEnds("2025-07-09");
        ProposedEvent extended = moved("2025-07-09", "2025-08-01");
        var state = given().stored(TALKS, opened)
                .when(appendExpecting(1, TALKS, deadline), appendExpecting(2, TALKS, extended))
                .then(appended(TALKS, 2, fresh(deadline, 2, 2)), appended(TALKS, 3, fresh(extended, 3, 3)))
                .thenStores(deadline, extended)
                .thenStreamAt(TALKS, 3);
        assertThat(state.deadlines().get("pause-end").dueOn()).isEqualTo(WorldDate.parse("2025-08-01"));
    }

    @Test
    void aRetryOfStoredEventsIsReplayedWithTheVersionItsAppendProducedNotTheCurrentOne() {
        given().stored(TALKS, opened, first, second)
                .when(append(TALKS, first))
                .then(replayed(TALKS, 2, again(first, 2, 2)))
                .thenStoresNothing();
    }

    @Test
    void aRetryIsReplayedWhateverVersionItExpectedAndWithoutFoldingItsStream() {
        given().stored(TALKS, opened, first, second)
                .when(appendExpecting(1, TALKS, first, second))
                .then(replayed(TALKS, 3, again(first, 2, 2), again(second, 3, 3)))
                .thenStoresNothing()
                .thenFolded();
    }

    @Test
    void aRetryThatBringsNewEventsStoresOnlyTheNewOnes() {
        given().stored(TALKS, opened, first)
                .when(append(TALKS, first, second))
                .then(appended(TALKS, 3, again(first, 2, 2), fresh(second, 3, 3)))
                .thenStores(second);
    }

    @Test
    void anEventRepeatedInOneRequestWithTheSameContentIsStoredOnce() {
        given().stored(TALKS, opened)
                .when(append(TALKS, first, first))
                .then(appended(TALKS, 2, fresh(first, 2, 2)))
                .thenStores(first);
    }

    @Test
    void anEventIdStoredWithOtherContentIsADuplicateConflictAndNothingOfTheAppendIsStored() {
        given().stored(TALKS, opened, first)
                .when(append(TALKS, second, statement(first.eventId(), "changed")))
                .then(new DuplicateConflict(1, first.eventId()))
                .thenStoresNothing();
    }

    @Test
    void anEventIdStoredInAnotherNegotiationIsADuplicateConflict() {
        given().stored("other-talks", opened(), first)
                .stored(TALKS, opened)
                .when(append(TALKS, first))
                .then(new DuplicateConflict(0, first.eventId()))
                .thenStoresNothing();
    }

    @Test
    void anEventIdRepeatedInOneRequestWithOtherContentIsADuplicateConflict() {
        given().stored(TALKS, opened)
                .when(append(TALKS, first, second, statement(second.eventId(), "changed")))
                .then(new DuplicateConflict(2, second.eventId()))
                .thenStoresNothing();
    }

    @Test
    void anExpectedVersionThatIsNotTheCurrentOneIsAVersionConflictSayingTheCurrentOne() {
        given().stored(TALKS, opened, first)
                .when(appendExpecting(1, TALKS, second))
                .then(new VersionConflict(1, 2))
                .thenStoresNothing();
    }

    @Test
    void aRuleTheDomainRefusesNamesTheEventAndNothingOfItsAppendIsStored() {
        given().stored(TALKS, opened)
                .when(append(TALKS, first, moved("2025-07-09", "2025-08-01")))
                .thenRefused(0, 1, "data.deadlineId", "does not exist")
                .thenStoresNothing();
    }

    @Test
    void aNegotiationMustBeOpenedBeforeAnythingElseIsStored() {
        given().when(append(TALKS, first))
                .thenRefused(0, 0, "type", "has not been opened")
                .thenStoresNothing();
    }

    @Test
    void anAppendSettledOtherwiseChangesNothingTheLaterAppendsOfItsGroupSee() {
        given().stored(TALKS, opened)
                .when(
                        append(TALKS, moved("2025-07-09", "2025-08-01")),
                        appendExpecting(5, TALKS, first),
                        appendExpecting(1, TALKS, second))
                .thenRefused(0, 0, "data.deadlineId", "does not exist")
                .thenOutcome(1, new VersionConflict(5, 1))
                .thenOutcome(2, appended(TALKS, 2, fresh(second, 2, 2)))
                .thenStores(second)
                .thenStreamAt(TALKS, 2);
    }

    @Test
    void anEventIdThatAnEarlierAppendOfTheGroupIsStoringWaitsForTheNextGroup() {
        given().stored(TALKS, opened)
                .when(append(TALKS, first), append(TALKS, second, first), append("other-talks", first))
                .then(appended(TALKS, 2, fresh(first, 2, 2)), new RetryInNextGroup(), new RetryInNextGroup())
                .thenStores(first)
                .thenFolded(TALKS, "other-talks");
    }

    @Test
    void theNextGroupSettlesAWaitingAppendAsTheRetryItIs() {
        given().stored(TALKS, opened, first)
                .when(append(TALKS, second, first))
                .then(appended(TALKS, 3, fresh(second, 3, 3), again(first, 2, 2)))
                .thenStores(second);
    }

    @Test
    void aRetractionIsDecidedOnTheLedgerAndLaterAppendsToItsStreamWaitForAStateFoldedAfresh() {
        ProposedEvent retract = retraction(first.eventId());
        ProposedEvent after = statement("after");
        given().stored(TALKS, opened, first)
                .when(append(TALKS, retract), append(TALKS, after))
                .thenOutcome(0, appended(TALKS, 3, fresh(retract, 3, 3)))
                .thenOutcome(1, new RetryInNextGroup())
                .thenStores(retract);
    }

    @Test
    void retractingAnEventTheStreamDoesNotHoldIsRefusedNamingTheField() {
        given().stored(TALKS, opened)
                .when(append(TALKS, retraction(java.util.UUID.randomUUID())))
                .thenRefused(0, 0, "data.eventId", "no event")
                .thenStoresNothing();
    }
}
