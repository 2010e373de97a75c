package io.negotiationtracker.domain;

import static io.negotiationtracker.domain.Fixtures.autos;
import static io.negotiationtracker.domain.Fixtures.moved;
import static io.negotiationtracker.domain.Fixtures.opened;
import static io.negotiationtracker.domain.Fixtures.pauseEnds;
import static io.negotiationtracker.domain.Fixtures.summit;
import static io.negotiationtracker.domain.Spec.given;

import io.negotiationtracker.events.AgreementReached;
import io.negotiationtracker.events.AgreementScope;
import io.negotiationtracker.events.DeadlineChangeSignaled;
import io.negotiationtracker.events.DeadlineChanged;
import io.negotiationtracker.events.IssueClosed;
import io.negotiationtracker.events.IssueOpened;
import io.negotiationtracker.events.IssueOutcome;
import io.negotiationtracker.events.Person;
import io.negotiationtracker.events.RoundCancelled;
import io.negotiationtracker.events.SignalDirection;
import io.negotiationtracker.events.StatementMade;
import io.negotiationtracker.events.TariffBasis;
import io.negotiationtracker.events.TariffChanged;
import io.negotiationtracker.events.TariffImposed;
import io.negotiationtracker.events.WorldDate;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecideTest {
    @Test
    void aNegotiationMustBeOpenedFirst() {
        given().when(autos()).thenRefused("type", "has not been opened");
        given().when(opened()).thenAccepted();
        given(opened()).when(opened()).thenRefused("type", "already opened");
    }

    @Test
    void aDeadlineThatDoesNotExistCannotChange() {
        given(opened()).when(moved("2025-07-09", "2025-08-01")).thenRefused("data.deadlineId", "does not exist");
    }

    @Test
    void aDeadlineChangeNamesTheDateItReplaces() {
        given(opened(), pauseEnds("2025-07-09"))
                .when(moved("2025-07-09", "2025-08-01"))
                .thenAccepted();
        given(opened(), pauseEnds("2025-07-09"))
                .when(moved("2025-07-10", "2025-08-01"))
                .thenRefused("data.previousDueOn", "is due 2025-07-09");
        given(opened(), pauseEnds("2025-07-09"), moved("2025-07-09", "2025-08-01"))
                .when(moved("2025-07-09", "2025-09-01"))
                .thenRefused("data.previousDueOn", "is due 2025-08-01");
    }

    @Test
    void aCancelledDeadlineCanBeReinstatedButNotCancelledTwice() {
        var cancel = new DeadlineChanged("pause-end", WorldDate.parse("2025-07-09"), null, true, "dropped");
        given(opened(), pauseEnds("2025-07-09"), cancel)
                .when(cancel)
                .thenRefused("data.cancelled", "already cancelled");
        given(opened(), pauseEnds("2025-07-09"), cancel)
                .when(moved("2025-07-09", "2025-08-01"))
                .thenAccepted();
        given(opened(), pauseEnds("2025-07-09"), cancel)
                .when(new DeadlineChangeSignaled("pause-end", SignalDirection.EXTEND, null, "may return"))
                .thenRefused("data.deadlineId", "is cancelled");
    }

    @Test
    void aDeadlineIsSetOnce() {
        given(opened(), pauseEnds("2025-07-09"))
                .when(pauseEnds("2025-08-01"))
                .thenRefused("data.deadlineId", "already exists");
    }

    @Test
    void anIssueClosesOnce() {
        var close = new IssueClosed("autos", IssueOutcome.RESOLVED, null);
        given(opened()).when(close).thenRefused("data.issueId", "does not exist");
        given(opened(), autos()).when(close).thenAccepted();
        given(opened(), autos(), close).when(close).thenRefused("data.issueId", "already closed (resolved)");
        given(opened(), autos()).when(autos()).thenRefused("data.issueId", "already open");
    }

    @Test
    void partiesMustBeAtTheTable() {
        given(opened())
                .when(new IssueOpened("eu", "EU issue", "EU", null))
                .thenRefused("data.raisedBy", "'EU' is not a party");
        given(opened())
                .when(new StatementMade(new Person("Someone", null, "CN"), "hello", null))
                .thenRefused("data.speaker.party", "not a party");
        given(opened())
                .when(new StatementMade(new Person("Shigeru Ishiba", "PM", "JP"), "Issues remain", null))
                .thenAccepted();
    }

    @Test
    void aRoundIsRecordedOnceAndAHeldRoundCannotBeCancelled() {
        given(opened(), summit("g7")).when(summit("g7")).thenRefused("data.roundId", "already recorded");
        given(opened(), summit("g7")).when(new RoundCancelled("g7", null)).thenRefused("data.roundId", "was held");
        given(opened()).when(new RoundCancelled("planned", "postponed")).thenAccepted();
    }

    @Test
    void tariffsChangeOnlyWhenTheyExistAndKeepTheirTerms() {
        var autos25 = new TariffImposed(
                "us-autos", "US", "JP", "automobiles", new BigDecimal("25"), TariffBasis.ADDITIONAL, null, null);
        var change = new TariffChanged(
                "us-autos", new BigDecimal("15"), TariffBasis.ALL_INCLUSIVE, WorldDate.parse("2025-08-07"), "deal");
        given(opened()).when(change).thenRefused("data.measureId", "does not exist");
        given(opened(), autos25).when(change).thenAccepted();
        given(opened(), autos25).when(autos25).thenRefused("data.measureId", "already imposed");
        given(opened())
                .when(new TariffImposed("x", "US", "KR", "steel", BigDecimal.TEN, null, null, null))
                .thenRefused("data.target", "not a party");
    }

    @Test
    void anAgreementSettlesIssuesThatExist() {
        given(opened())
                .when(new AgreementReached("deal", AgreementScope.FRAMEWORK, "deal", List.of("autos")))
                .thenRefused("data.settlesIssues[0]", "does not exist");
        given(opened(), autos())
                .when(new AgreementReached("deal", AgreementScope.FRAMEWORK, "deal", List.of("autos")))
                .thenAccepted();
    }
}
