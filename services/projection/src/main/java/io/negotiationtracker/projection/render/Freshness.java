package io.negotiationtracker.projection.render;

import io.negotiationtracker.events.EventEnvelope;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The one rule for whether something made earlier (a stored rendering, the in-memory copy of a status, a consumer's
 * cached fold) still answers, or the negotiation must be folded and rendered again. The consumer, the stale renderer,
 * the status cache and the API all ask here, so they cannot drift apart.
 *
 * <p>An instance is the present a read is judged against: the generation it is served from and the UTC day it is made
 * on. Renderings are made for one day because days left, deadlines passed and tariffs in force change at midnight UTC.
 * The stale renderer's query ({@code NegotiationRows.stale}) is the SQL form of {@link #isCurrent}.
 */
public record Freshness(int generation, LocalDate today) {

    public static Freshness of(int generation, Instant now) {
        return new Freshness(generation, day(now));
    }

    /** The day renderings made at {@code now} are for. */
    public static LocalDate day(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /**
     * Renderings show the present only: a query with asOf or knownAt (on either knowledge axis) is folded from the events
     * it sees, at query time.
     */
    public static boolean renderingAnswers(QueryTime time) {
        return time.isNow();
    }

    /** A stored rendering answers while it includes every event its row recorded and was made for today. */
    public boolean isCurrent(StoredRendering stored) {
        return stored.status() != null
                && stored.statusPosition() >= stored.lastPosition()
                && today.equals(stored.computedFor());
    }

    /**
     * A read that waited for a position (read-your-writes, minPosition) was promised that position; a copy kept in memory
     * may be older, so only reads that waited for none may take one.
     */
    public static boolean copyMayAnswer(boolean waitedForPosition) {
        return !waitedForPosition;
    }

    /**
     * A copy kept in memory answers when it was made for this generation and day and is at most {@code ttlNanos} old:
     * this instance's consumer drops the copies it changes, but other instances' consumers do not tell it.
     */
    public boolean copyIsCurrent(int copyGeneration, LocalDate copyDay, long ageNanos, long ttlNanos) {
        return copyGeneration == generation && copyDay.equals(today) && ageNanos <= ttlNanos;
    }

    /**
     * A consumer renders what it applies only near the head of the topic (lag known and at most the limit); further
     * behind it only records the events, and rendering waits for the stale renderer, which starts near the head too.
     */
    public static boolean rendersNow(long lag, long renderLagLimit) {
        return lag >= 0 && lag <= renderLagLimit;
    }

    /**
     * A cached fold takes new events only while it includes exactly what the row has recorded (nothing was applied
     * without it) and the new events come after it in world order; a late event re-folds.
     */
    public static boolean foldExtends(Folded cached, long storedLastPosition, EventEnvelope firstNew) {
        return cached != null && cached.lastPosition() == storedLastPosition && cached.precedes(firstNew);
    }

    /** A rendering replaces a lagging row only if it folded up to the row's last position (no event arrived meanwhile). */
    public static boolean replaces(Rendering rendering, long rowLastPosition) {
        return rendering.lastPosition() == rowLastPosition;
    }
}
