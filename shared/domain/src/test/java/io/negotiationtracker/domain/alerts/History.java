package io.negotiationtracker.domain.alerts;

import io.negotiationtracker.events.Confidence;
import io.negotiationtracker.events.DeadlineChangeSignaled;
import io.negotiationtracker.events.DeadlineChanged;
import io.negotiationtracker.events.DeadlineClass;
import io.negotiationtracker.events.DeadlineSet;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.EventTypes;
import io.negotiationtracker.events.NegotiationEvent;
import io.negotiationtracker.events.SignalDirection;
import io.negotiationtracker.events.Source;
import io.negotiationtracker.events.WorldDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** given: a negotiation's events, each published on a day (its source's publication date); when: a backtest over a range. */
final class History {
    static final String NEGOTIATION = "talks";
    private final List<EventEnvelope> events = new ArrayList<>();

    static History given() {
        return new History();
    }

    /** An event that happened on {@code occurredOn} and was first published on {@code publishedOn}. */
    History published(String publishedOn, String occurredOn, NegotiationEvent e) {
        int version = events.size() + 1;
        Source source = new Source(null, "Test Wire", "report " + version, WorldDate.parse(publishedOn), null);
        events.add(new EventEnvelope(
                UUID.nameUUIDFromBytes(("e" + version).getBytes()),
                NEGOTIATION,
                EventTypes.nameOf(e),
                version,
                version,
                WorldDate.parse(occurredOn),
                Instant.parse("2026-12-01T00:00:00Z"),
                source,
                Confidence.CONFIRMED,
                e));
        return this;
    }

    History published(String day, NegotiationEvent e) {
        return published(day, day, e);
    }

    List<EventEnvelope> events() {
        return List.copyOf(events);
    }

    List<BacktestAlert> backtest(String from, String to, AlertPolicy policy) {
        return AlertBacktest.run(NEGOTIATION, events, LocalDate.parse(from), LocalDate.parse(to), policy);
    }

    /** One line per alert: day kind deadline dueOn [h<horizon>] r<revision> sent|<reason>. */
    static List<String> lines(List<BacktestAlert> alerts) {
        return alerts.stream().map(History::line).toList();
    }

    static String line(BacktestAlert b) {
        DueAlert a = b.alert();
        return b.day() + " " + a.kind().wireName() + " " + a.deadlineId() + " " + a.dueOn()
                + (a.horizonDays() == null ? "" : " h" + a.horizonDays()) + " r" + a.revision() + " "
                + (b.sent() ? "sent" : b.reason().wireName());
    }

    static DeadlineSet legal(String id, String due) {
        return DeadlineSet.of(id, "Legal " + id, WorldDate.parse(due), DeadlineClass.LEGAL, null, null, null);
    }

    static DeadlineSet target(String id, String due) {
        return DeadlineSet.of(id, "Aim " + id, WorldDate.parse(due), DeadlineClass.TARGET, "JP", null, null);
    }

    static DeadlineSet milestone(String id, String due) {
        return DeadlineSet.of(id, "Milestone " + id, WorldDate.parse(due), DeadlineClass.MILESTONE, null, null, null);
    }

    static DeadlineChanged moved(String id, String from, String to) {
        return new DeadlineChanged(id, WorldDate.parse(from), WorldDate.parse(to), false, null);
    }

    static DeadlineChanged cancelled(String id, String from) {
        return new DeadlineChanged(id, WorldDate.parse(from), null, true, "called off");
    }

    static DeadlineChangeSignaled signalled(String id) {
        return new DeadlineChangeSignaled(id, SignalDirection.EXTEND, null, "may be extended");
    }
}
