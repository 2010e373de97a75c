package io.negotiationtracker.projection.support;

import io.negotiationtracker.events.AgreementReached;
import io.negotiationtracker.events.AgreementScope;
import io.negotiationtracker.events.DeadlineChangeSignaled;
import io.negotiationtracker.events.DeadlineChanged;
import io.negotiationtracker.events.DeadlineKind;
import io.negotiationtracker.events.DeadlineSet;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.IssueClosed;
import io.negotiationtracker.events.IssueOpened;
import io.negotiationtracker.events.IssueOutcome;
import io.negotiationtracker.events.NegotiationOpened;
import io.negotiationtracker.events.Party;
import io.negotiationtracker.events.Person;
import io.negotiationtracker.events.RoundFormat;
import io.negotiationtracker.events.RoundHeld;
import io.negotiationtracker.events.RoundLevel;
import io.negotiationtracker.events.RoundOutcome;
import io.negotiationtracker.events.SignalDirection;
import io.negotiationtracker.events.StatementMade;
import io.negotiationtracker.events.TariffBasis;
import io.negotiationtracker.events.TariffChanged;
import io.negotiationtracker.events.TariffImposed;
import io.negotiationtracker.events.TariffThreatened;
import io.negotiationtracker.events.WorldDate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A compact version of the 2025 US-Japan talks, with vague dates, a retroactive and a future tariff, and moved deadlines. */
public final class UsJapanStory {
    private UsJapanStory() {}

    public static List<EventEnvelope> events(Story s) {
        return List.of(
                s.on(
                        "2025-04",
                        new NegotiationOpened(
                                "US-Japan tariff talks",
                                List.of(new Party("US", "United States"), new Party("JP", "Japan")),
                                List.of(new Person("Ryosei Akazawa", "Minister", "JP")),
                                null)),
                s.on(
                        "2025-03-26",
                        new TariffImposed(
                                "autos",
                                "US",
                                "JP",
                                "automobiles",
                                new BigDecimal("25"),
                                TariffBasis.ADDITIONAL,
                                WorldDate.parse("2025-04-03"),
                                "Section 232 auto tariffs")),
                s.on(
                        "2025-04-02",
                        new TariffImposed(
                                "baseline",
                                "US",
                                "JP",
                                "all goods",
                                new BigDecimal("10"),
                                TariffBasis.ADDITIONAL,
                                WorldDate.parse("2025-04-05"),
                                null)),
                s.on(
                        "2025-04-09",
                        new TariffThreatened(
                                "reciprocal",
                                "US",
                                "JP",
                                "all goods",
                                new BigDecimal("24"),
                                TariffBasis.ADDITIONAL,
                                WorldDate.parse("2025-07-09"),
                                "paused for 90 days")),
                s.on(
                        "2025-04-09",
                        new DeadlineSet(
                                "pause-end",
                                "End of the 90-day pause",
                                WorldDate.parse("2025-07-09"),
                                DeadlineKind.HARD,
                                null)),
                s.on(
                        "2025-04-16",
                        new RoundHeld(
                                "akazawa-1",
                                RoundLevel.MINISTERIAL,
                                RoundFormat.IN_PERSON,
                                1,
                                "Washington",
                                List.of(),
                                90,
                                RoundOutcome.PROGRESS,
                                null)),
                s.on("2025-04-16", new IssueOpened("autos", "Auto tariffs", "JP", null)),
                s.on(
                        "2025-04-16",
                        new DeadlineSet(
                                "talks-target",
                                "Target for a deal",
                                WorldDate.parse("2025-06"),
                                DeadlineKind.TARGET,
                                null)),
                s.recorded(
                        "2025-05-01",
                        Instant.parse("2025-05-02T08:00:00Z"),
                        new RoundHeld(
                                "akazawa-2",
                                RoundLevel.MINISTERIAL,
                                RoundFormat.PHONE,
                                2,
                                null,
                                List.of(),
                                45,
                                RoundOutcome.UNKNOWN,
                                null),
                        Story.NHK),
                s.on("2025-05-01", new IssueOpened("rice", "Rice imports", "US", null)),
                s.on(
                        "2025-05-20",
                        new DeadlineChanged(
                                "talks-target",
                                WorldDate.parse("2025-06"),
                                WorldDate.parse("2025-07"),
                                false,
                                "slipped")),
                s.on("2025-06-01", new IssueClosed("rice", IssueOutcome.DROPPED, "taken off the table")),
                s.on(
                        "2025-06-01",
                        new DeadlineSet(
                                "steel-review",
                                "Steel review",
                                WorldDate.parse("2025-06-30"),
                                DeadlineKind.TARGET,
                                null)),
                s.on(
                        "2025-06-03",
                        new TariffImposed(
                                "steel",
                                "US",
                                "JP",
                                "steel",
                                new BigDecimal("50"),
                                TariffBasis.ADDITIONAL,
                                WorldDate.parse("2025-06-04"),
                                null)),
                s.on(
                        "2025-06-05",
                        new DeadlineChanged("steel-review", WorldDate.parse("2025-06-30"), null, true, "dropped")),
                s.on(
                        "2025-06-10",
                        new TariffChanged(
                                "steel",
                                new BigDecimal("25"),
                                TariffBasis.ADDITIONAL,
                                WorldDate.parse("2025-06-01"),
                                "lowered retroactively")),
                s.on(
                        "2025-06-11",
                        new DeadlineChangeSignaled(
                                "pause-end", SignalDirection.EXTEND, null, "the pause may be suspended beyond July 9")),
                s.on(
                        "2025-06-16",
                        new RoundHeld(
                                "kananaskis",
                                RoundLevel.SUMMIT,
                                RoundFormat.IN_PERSON,
                                null,
                                "Kananaskis",
                                List.of(),
                                30,
                                RoundOutcome.NO_AGREEMENT,
                                null)),
                s.on(
                        "2025-06-16",
                        new TariffChanged(
                                "autos",
                                new BigDecimal("15"),
                                TariffBasis.ALL_INCLUSIVE,
                                WorldDate.parse("2025-08-07"),
                                "agreed")),
                s.on(
                        "2025-06-16",
                        new StatementMade(
                                new Person("Shigeru Ishiba", "Prime Minister", "JP"), "We could not agree.", null)),
                s.on(
                        "2025-06-16",
                        new AgreementReached("chips", AgreementScope.INTERIM, "chips cooperation", List.of())));
    }

    /** Recorded today (2025-06-17 09:00), about April 20: the late, out-of-order event. */
    public static EventEnvelope lateAprilRound(Story s) {
        return s.recorded(
                "2025-04-20",
                Instant.parse("2025-06-17T09:00:00Z"),
                new RoundHeld(
                        "working-april",
                        RoundLevel.WORKING,
                        RoundFormat.VIRTUAL,
                        null,
                        null,
                        List.of(),
                        60,
                        RoundOutcome.PROGRESS,
                        null),
                Story.NHK);
    }
}
