package io.negotiationtracker.platform.loops;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Every background loop of this process (relays, consumers, renderers, workers), so readiness and metrics can see each
 * one. Process-wide on purpose: loops are started by plain code (no bean needed), and a process runs one service. Two
 * application contexts in one JVM (tests) see each other's loops.
 */
public final class Loops {
    private static final List<LoopStatus> LOOPS = new CopyOnWriteArrayList<>();
    private static final List<Consumer<LoopStatus>> ON_REGISTER = new CopyOnWriteArrayList<>();
    private static final List<Consumer<LoopStatus>> ON_REMOVE = new CopyOnWriteArrayList<>();
    private static volatile Duration recoveredAfter = Duration.ofSeconds(5);
    private static volatile Clock clock = Clock.systemUTC();

    private Loops() {}

    public static LoopStatus register(String name) {
        LoopStatus status = new LoopStatus(name, clock);
        LOOPS.add(status);
        ON_REGISTER.forEach(l -> l.accept(status));
        return status;
    }

    /** A loop that was closed on purpose is no longer judged. */
    public static void remove(LoopStatus status) {
        if (LOOPS.remove(status)) ON_REMOVE.forEach(l -> l.accept(status));
    }

    public static List<LoopStatus> all() {
        return List.copyOf(LOOPS);
    }

    /** Listeners told of every loop registered from now on (and of those already there) and of every loop removed. */
    public static void watch(Consumer<LoopStatus> registered, Consumer<LoopStatus> removed) {
        ON_REGISTER.add(registered);
        ON_REMOVE.add(removed);
        LOOPS.forEach(registered);
    }

    public static void unwatch(Consumer<LoopStatus> registered, Consumer<LoopStatus> removed) {
        ON_REGISTER.remove(registered);
        ON_REMOVE.remove(removed);
    }

    static Duration recoveredAfter() {
        return recoveredAfter;
    }

    /** How long a restarted body must run without crashing before its crash counts as over (tracker.loops.recovered-after). */
    public static void recoveredAfter(Duration d) {
        recoveredAfter = d;
    }
}
