package io.negotiationtracker.domain.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.domain.Evolve;
import io.negotiationtracker.events.DeadlineClass;
import io.negotiationtracker.events.DeadlineSet;
import io.negotiationtracker.events.NegotiationOpened;
import io.negotiationtracker.events.Party;
import io.negotiationtracker.events.TariffImposed;
import io.negotiationtracker.events.WorldDate;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a deadline's alerts are about, and whether a subscriber's interest (policy and topic filter) wants them. */
class SubscriptionTopicTest {
    static TopicFilter filter(
            Set<String> parties,
            Set<String> issues,
            Set<String> measures,
            Set<String> products,
            Set<String> deadlines) {
        return new TopicFilter(parties, issues, measures, products, deadlines);
    }

    @Test
    void theSeedsPauseEndIsAboutTheReciprocalTariffTheIssueOpenedOnItAndBothParties() throws Exception {
        var s = Evolve.fold(SeedBacktestTest.ID_FOR_TESTS, SeedBacktestTest.seed());
        AlertSubject pauseEnd = AlertSubject.of(s, "reciprocal-tariff-pause-end");
        assertThat(pauseEnd.deadlineClass()).isEqualTo(DeadlineClass.LEGAL);
        assertThat(pauseEnd.measures()).containsExactly("us-reciprocal-tariff");
        assertThat(pauseEnd.issues()).containsExactly("reciprocal-tariffs");
        assertThat(pauseEnd.parties()).containsExactlyInAnyOrder("US", "JP");

        var autos = new AlertInterest(AlertPolicy.DEFAULT, filter(null, Set.of("auto-tariffs"), null, null, null));
        var reciprocal = new AlertInterest(
                AlertPolicy.DEFAULT,
                filter(Set.of("JP"), Set.of("reciprocal-tariffs", "auto-tariffs"), null, null, null));
        assertThat(autos.wants(pauseEnd, AlertKind.APPROACHING, 7)).isFalse();
        assertThat(reciprocal.wants(pauseEnd, AlertKind.APPROACHING, 7)).isTrue();
        assertThat(new AlertInterest(AlertPolicy.DEFAULT, filter(Set.of("CN"), null, null, null, null))
                        .wants(pauseEnd, AlertKind.SET, null))
                .isFalse();

        AlertSubject aim = AlertSubject.of(s, "conclude-negotiations-early-july");
        assertThat(AlertInterest.DEFAULT.wants(aim, AlertKind.TARGET_MISSED, null))
                .as("the default follows legal dates only")
                .isFalse();
        assertThat(new AlertInterest(
                                new AlertPolicy(
                                        EnumSet.of(DeadlineClass.TARGET), EnumSet.allOf(AlertKind.class), List.of(7)),
                                null)
                        .wants(aim, AlertKind.TARGET_MISSED, null))
                .isTrue();
    }

    @Test
    void aPolicyTakesOnlyItsHorizonsAndKinds() {
        var subject = new AlertSubject("n", "d", DeadlineClass.LEGAL, Set.of(), Set.of(), Set.of(), Set.of());
        var dayBefore = new AlertInterest(
                new AlertPolicy(EnumSet.of(DeadlineClass.LEGAL), EnumSet.of(AlertKind.APPROACHING), List.of(1)), null);
        assertThat(dayBefore.wants(subject, AlertKind.APPROACHING, 1)).isTrue();
        assertThat(dayBefore.wants(subject, AlertKind.APPROACHING, 7)).isFalse();
        assertThat(dayBefore.wants(subject, AlertKind.PASSED, null)).isFalse();
    }

    @Test
    void aProductFilterMatchesTheHsHeadingsOfTheMeasuresTheDeadlineGoverns() {
        var cars = new TariffImposed(
                "cars",
                "US",
                "JP",
                "passenger cars",
                new BigDecimal("25"),
                null,
                null,
                null,
                null,
                null,
                null,
                List.of("8703.23"));
        var s = Evolve.fold(
                "n",
                History.given()
                        .published(
                                "2025-04-01",
                                new NegotiationOpened(
                                        "Talks",
                                        List.of(new Party("US", "United States"), new Party("JP", "Japan")),
                                        List.of(),
                                        null))
                        .published("2025-04-02", cars)
                        .published(
                                "2025-04-03",
                                DeadlineSet.of(
                                        "cars-rate-ends",
                                        "Car rate ends",
                                        WorldDate.parse("2025-08-01"),
                                        DeadlineClass.LEGAL,
                                        null,
                                        List.of("cars"),
                                        null))
                        .published(
                                "2025-04-03",
                                DeadlineSet.of(
                                        "other",
                                        "Other",
                                        WorldDate.parse("2025-08-01"),
                                        DeadlineClass.LEGAL,
                                        null,
                                        null,
                                        null))
                        .events());
        AlertSubject governing = AlertSubject.of(s, "cars-rate-ends");
        assertThat(governing.productCodes()).containsExactly("8703.23");
        assertThat(filter(null, null, null, Set.of("8703"), null).matches(governing))
                .isTrue();
        assertThat(filter(null, null, null, Set.of("87"), null).matches(governing))
                .isTrue();
        assertThat(filter(null, null, null, Set.of("8704"), null).matches(governing))
                .isFalse();
        assertThat(filter(null, null, null, Set.of("8703"), null).matches(AlertSubject.of(s, "other")))
                .isFalse();
        assertThat(filter(null, null, Set.of("cars"), null, Set.of("cars-rate-ends"))
                        .matches(governing))
                .isTrue();
        assertThat(filter(null, null, null, null, Set.of("other")).matches(governing))
                .isFalse();
    }
}
