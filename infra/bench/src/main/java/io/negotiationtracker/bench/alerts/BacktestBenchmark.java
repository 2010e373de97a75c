package io.negotiationtracker.bench.alerts;

import io.negotiationtracker.domain.alerts.AlertBacktest;
import io.negotiationtracker.domain.alerts.AlertPolicy;
import io.negotiationtracker.domain.alerts.BacktestAlert;
import io.negotiationtracker.events.Confidence;
import io.negotiationtracker.events.DeadlineChangeSignaled;
import io.negotiationtracker.events.DeadlineChanged;
import io.negotiationtracker.events.DeadlineClass;
import io.negotiationtracker.events.DeadlineSet;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.EventTypes;
import io.negotiationtracker.events.NegotiationEvent;
import io.negotiationtracker.events.NegotiationOpened;
import io.negotiationtracker.events.Party;
import io.negotiationtracker.events.Person;
import io.negotiationtracker.events.SignalDirection;
import io.negotiationtracker.events.Source;
import io.negotiationtracker.events.StatementMade;
import io.negotiationtracker.events.WorldDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * How long the alert backtest takes for a year of history of 100 negotiations (the pure domain code the notifier's
 * backtest endpoint runs, without HTTP or database). Each negotiation: 8 deadlines of every class, each moved 4 times and
 * signalled, and 300 statements, published day by day over 2025 and recorded in that order; the backtest replays 2025-01-01 to
 * 2025-12-31 under the default policy and under one following every class. Prints the figures; asserts nothing.
 */
public final class BacktestBenchmark {
    static final int NEGOTIATIONS = 100;
    static final LocalDate START = LocalDate.parse("2025-01-01");

    public static void main(String[] args) {
        List<List<EventEnvelope>> histories = new ArrayList<>();
        Random random = new Random(42);
        int events = 0;
        for (int n = 0; n < NEGOTIATIONS; n++) {
            histories.add(history("bench-" + n, random));
            events += histories.get(n).size();
        }
        AlertPolicy all = AlertPolicy.everything(List.of(7, 1));
        for (int warmUp = 0; warmUp < 3; warmUp++) run(histories, AlertPolicy.DEFAULT);
        long[] ms = new long[5];
        int lines = 0;
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            lines = run(histories, i % 2 == 0 ? AlertPolicy.DEFAULT : all);
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf(
                "alert backtest, %d negotiations, %d events, 365 days each: median %d ms, best %d ms, worst %d ms (%d alert lines in the last run)%n",
                NEGOTIATIONS, events, ms[ms.length / 2], ms[0], ms[ms.length - 1], lines);
    }

    static int run(List<List<EventEnvelope>> histories, AlertPolicy policy) {
        int lines = 0;
        for (List<EventEnvelope> h : histories) {
            List<BacktestAlert> alerts =
                    AlertBacktest.run(h.get(0).negotiationId(), h, START, START.plusDays(364), policy);
            lines += alerts.size();
        }
        return lines;
    }

    static List<EventEnvelope> history(String id, Random random) {
        List<NegotiationEvent> facts = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        facts.add(new NegotiationOpened(
                "Talks " + id,
                List.of(new Party("US", "United States"), new Party("JP", "Japan")),
                List.of(new Person("A Minister", "minister", "JP")),
                null));
        days.add(START);
        DeadlineClass[] classes = DeadlineClass.values();
        for (int d = 0; d < 8; d++) {
            DeadlineClass cls = classes[d % classes.length];
            LocalDate setOn = START.plusDays(random.nextInt(120));
            LocalDate due = setOn.plusDays(30 + random.nextInt(120));
            facts.add(DeadlineSet.of(
                    "d" + d,
                    "Deadline " + d,
                    WorldDate.day(due),
                    cls,
                    cls == DeadlineClass.TARGET ? "JP" : null,
                    null,
                    null));
            days.add(setOn);
            LocalDate on = setOn;
            for (int m = 0; m < 4; m++) {
                on = on.plusDays(5 + random.nextInt(20));
                facts.add(new DeadlineChangeSignaled("d" + d, SignalDirection.EXTEND, null, "may move"));
                days.add(on);
                LocalDate next = due.plusDays(random.nextInt(40) - 15);
                if (next.equals(due)) next = next.plusDays(1);
                facts.add(new DeadlineChanged("d" + d, WorldDate.day(due), WorldDate.day(next), false, "moved"));
                days.add(on.plusDays(1));
                due = next;
            }
        }
        for (int s = 0; s < 300; s++) {
            facts.add(new StatementMade(new Person("A Minister", "minister", "JP"), "statement " + s, null, null));
            days.add(START.plusDays(random.nextInt(365)));
        }
        // recorded in the order they were published, as ingest would append them
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) order.add(i);
        order.sort(java.util.Comparator.comparing(days::get));
        List<EventEnvelope> out = new ArrayList<>();
        for (int v = 0; v < order.size(); v++) {
            int i = order.get(v);
            NegotiationEvent e = facts.get(i);
            Source source = new Source(null, "Bench Wire", "report " + i, days.get(i));
            out.add(new EventEnvelope(
                    UUID.nameUUIDFromBytes((id + i).getBytes()),
                    id,
                    EventTypes.nameOf(e),
                    v + 1,
                    v + 1,
                    WorldDate.day(days.get(i)),
                    Instant.parse("2026-01-01T00:00:00Z"),
                    source,
                    Confidence.CONFIRMED,
                    e));
        }
        return out;
    }
}
