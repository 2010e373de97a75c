package io.negotiationtracker.devstack;

import io.negotiationtracker.testsupport.http.Http;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes as a careful client does, for the fault tests: statements, and a deadline every tenth write, over a few
 * negotiations; each write keeps its own eventId and is retried (on the next ingest instance, when there are several)
 * until acknowledged, so "acknowledged" means the store took it. Counts every answer, by the phase it was sent in.
 */
final class WriteLoad {
    final Map<UUID, String> acknowledged = new ConcurrentHashMap<>();
    final Map<String, Integer> deadlinesSet = new ConcurrentHashMap<>();
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger unavailable = new AtomicInteger();
    final AtomicInteger unavailableWithoutRetryAfter = new AtomicInteger();
    final AtomicInteger connectionFailures = new AtomicInteger();
    final Map<String, Map<String, Integer>> outcomesByPhase = new ConcurrentHashMap<>();
    volatile String phase = "steady";
    private final List<String> negotiations;
    private final List<String> ingestUrls;
    private final String token;
    private final AtomicInteger turn = new AtomicInteger();
    private int n;

    WriteLoad(List<String> negotiations, List<String> ingestUrls, String token) {
        this.negotiations = negotiations;
        this.ingestUrls = ingestUrls;
        this.token = token;
    }

    /** Opens every negotiation (the first event of each). */
    void open() {
        for (String id : negotiations)
            write(
                    id,
                    WalkingSkeletonEndToEndTest.event(
                            "NegotiationOpened",
                            "2025-04",
                            "{\"title\":\"Fault talks " + id
                                    + "\",\"parties\":[{\"code\":\"US\",\"name\":\"United States\"},{\"code\":\"JP\",\"name\":\"Japan\"}]}"),
                    UUID.randomUUID());
    }

    /** About 20 writes a second until {@code running} is false or {@code count} writes were made. */
    void steady(AtomicBoolean running, int count) {
        for (int i = 0; i < count && running.get(); i++) {
            String negotiation = negotiations.get(n % negotiations.size());
            UUID eventId = UUID.randomUUID();
            if (n % 10 == 0) {
                String deadline = "deadline-" + n;
                String body = WalkingSkeletonEndToEndTest.event(
                        "DeadlineSet",
                        "2025-06-17",
                        "{\"deadlineId\":\"" + deadline + "\",\"title\":\"Deadline " + n
                                + "\",\"dueOn\":\"2025-09-01\",\"deadlineClass\":\"legal\"}");
                if (write(negotiation, body, eventId)) deadlinesSet.put(negotiation + "/" + deadline, n);
            } else {
                write(
                        negotiation,
                        WalkingSkeletonEndToEndTest.event(
                                "StatementMade",
                                "2025-06-17",
                                "{\"speaker\":{\"name\":\"Ryosei Akazawa\",\"party\":\"JP\"},\"quote\":\"statement " + n
                                        + "\"}"),
                        eventId);
            }
            n++;
            pause(50);
        }
    }

    /** Posts one event with a fixed eventId until it is acknowledged (201, or 200 for a retry), for up to 90 s. */
    boolean write(String negotiation, String event, UUID eventId) {
        String body = event.replaceFirst("\\{", "{\"eventId\":\"" + eventId + "\",");
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            sent.incrementAndGet();
            String at = phase;
            String ingest = ingestUrls.get(Math.floorMod(turn.getAndIncrement(), ingestUrls.size()));
            try {
                var r = Http.post(
                        ingest + "/api/negotiations/" + negotiation + "/events",
                        body,
                        "Authorization",
                        "Bearer " + token);
                count(at, Integer.toString(r.status()));
                if (r.status() == 201 || r.status() == 200) {
                    acknowledged.put(eventId, negotiation);
                    return true;
                }
                if (r.status() == 503) {
                    unavailable.incrementAndGet();
                    if (r.header("Retry-After") == null) unavailableWithoutRetryAfter.incrementAndGet();
                } else if (r.status() < 500) {
                    throw new AssertionError("write refused: " + r.status() + " " + r.body());
                }
            } catch (AssertionError e) {
                if (e.getMessage() != null && e.getMessage().startsWith("write refused")) throw e;
                connectionFailures.incrementAndGet();
                count(at, "no answer");
            }
            pause(200);
        }
        return false;
    }

    private void count(String at, String outcome) {
        outcomesByPhase.computeIfAbsent(at, p -> new ConcurrentHashMap<>()).merge(outcome, 1, Integer::sum);
    }

    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
