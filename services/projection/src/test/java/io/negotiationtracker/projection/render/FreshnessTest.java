package io.negotiationtracker.projection.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.Person;
import io.negotiationtracker.events.StatementMade;
import io.negotiationtracker.projection.support.Story;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** When a rendering made earlier still answers, and when the views must be folded and rendered again. */
class FreshnessTest {
    static final LocalDate TODAY = LocalDate.parse("2025-06-17");
    static final Freshness GENERATION_1_TODAY = new Freshness(1, TODAY);
    static final long TTL = TimeUnit.SECONDS.toNanos(1);

    @Test
    void onlyAQueryForThePresentIsAnsweredFromARendering() {
        assertThat(Freshness.renderingAnswers(QueryTime.NOW)).isTrue();
        assertThat(Freshness.renderingAnswers(new QueryTime(TODAY, null, false)))
                .as("asOf, even today")
                .isFalse();
        assertThat(Freshness.renderingAnswers(new QueryTime(null, Instant.parse("2025-06-17T10:00:00Z"), false)))
                .as("knownAt")
                .isFalse();
        assertThat(Freshness.renderingAnswers(new QueryTime(null, Instant.parse("2025-06-16T23:59:59Z"), true)))
                .as("published by")
                .isFalse();
    }

    @Test
    void aRowRenderedForTodayFromEveryEventItRecordedAnswersThePresent() {
        // given a row rendered today up to the last position it recorded
        StoredRendering row = row(TODAY, 42, 42);
        // then it answers today, in any generation it is read from
        assertThat(GENERATION_1_TODAY.isCurrent(row)).isTrue();
    }

    @Test
    void aRowWhoseEventsAdvancedWithoutBeingRenderedMustBeRenderedAgain() {
        // given a consumer that recorded position 43 while too far behind to render it
        StoredRendering row = row(TODAY, 42, 43);
        // then the stored rendering no longer answers
        assertThat(GENERATION_1_TODAY.isCurrent(row)).isFalse();
    }

    @Test
    void aRowRenderedYesterdayGoesStaleWhenTheClockPassesMidnightUtc() {
        // given a row rendered for 17 June
        StoredRendering row = row(TODAY, 42, 42);
        // when the clock is one second before, then exactly at, midnight UTC
        Freshness lastSecond = Freshness.of(1, Instant.parse("2025-06-17T23:59:59Z"));
        Freshness nextDay = Freshness.of(1, Instant.parse("2025-06-18T00:00:00Z"));
        // then days left and tariffs in force must be computed for the new day
        assertThat(lastSecond.isCurrent(row)).isTrue();
        assertThat(nextDay.isCurrent(row)).isFalse();
    }

    @Test
    void aRowNeverRenderedAnswersNothing() {
        // given a row a catching-up consumer created without rendering (or one the first release left behind)
        StoredRendering deferred = new StoredRendering("talks", null, null, null, 0, 42);
        StoredRendering upgraded = new StoredRendering("talks", null, null, TODAY, 42, 42);
        // then neither answers
        assertThat(GENERATION_1_TODAY.isCurrent(deferred)).isFalse();
        assertThat(GENERATION_1_TODAY.isCurrent(upgraded)).isFalse();
    }

    @Test
    void aReadThatWaitedForAPositionIsNeverAnsweredFromMemory() {
        assertThat(Freshness.copyMayAnswer(true)).isFalse();
        assertThat(Freshness.copyMayAnswer(false)).isTrue();
    }

    @Test
    void aCopyInMemoryAnswersOnlyForItsGenerationItsDayAndWithinItsTimeToLive() {
        assertThat(GENERATION_1_TODAY.copyIsCurrent(1, TODAY, TTL, TTL)).isTrue();
        assertThat(GENERATION_1_TODAY.copyIsCurrent(1, TODAY, TTL + 1, TTL))
                .as("older than its time to live")
                .isFalse();
        assertThat(GENERATION_1_TODAY.copyIsCurrent(2, TODAY, 0, TTL))
                .as("made by another generation")
                .isFalse();
        assertThat(GENERATION_1_TODAY.copyIsCurrent(1, TODAY.minusDays(1), 0, TTL))
                .as("made for yesterday")
                .isFalse();
    }

    @Test
    void aConsumerRendersOnlyWhileItIsNearTheHeadOfTheTopic() {
        assertThat(Freshness.rendersNow(-1, 2000))
                .as("lag not known before the first poll")
                .isFalse();
        assertThat(Freshness.rendersNow(0, 2000)).isTrue();
        assertThat(Freshness.rendersNow(2000, 2000)).isTrue();
        assertThat(Freshness.rendersNow(2001, 2000))
                .as("too far behind: defer to the stale renderer")
                .isFalse();
    }

    @Test
    void aCachedFoldTakesNewEventsOnlyWhenItHoldsWhatTheRowRecordedAndTheyComeAfterIt() {
        // given a negotiation folded up to the row's last position
        Story story = new Story("talks");
        EventEnvelope first = story.on("2025-06-10", said("first"));
        EventEnvelope sameDayLater = story.on("2025-06-10", said("same day, recorded later"));
        EventEnvelope earlierDay = story.on("2025-06-01", said("late news about 1 June"));
        Folded cached = Folding.all("talks", List.of(first));
        // then an event that comes after it in world order extends it, one that arrived late does not
        assertThat(Freshness.foldExtends(cached, first.position(), sameDayLater))
                .isTrue();
        assertThat(Freshness.foldExtends(cached, first.position(), earlierDay))
                .as("late event: re-fold")
                .isFalse();
        // and a fold that misses what the row recorded (a deferred batch) or is not cached does not either
        assertThat(Freshness.foldExtends(cached, sameDayLater.position(), sameDayLater))
                .isFalse();
        assertThat(Freshness.foldExtends(null, first.position(), sameDayLater)).isFalse();
    }

    @Test
    void aRenderingReplacesALaggingRowOnlyIfNoEventArrivedMeanwhile() {
        Rendering rendered = new Rendering("talks", "Talks", 3, 42, TODAY, "{}", "{}");
        assertThat(Freshness.replaces(rendered, 42)).isTrue();
        assertThat(Freshness.replaces(rendered, 43)).isFalse();
    }

    static StoredRendering row(LocalDate renderedFor, long renderedUpTo, long recordedUpTo) {
        return new StoredRendering("talks", "{}", "{}", renderedFor, renderedUpTo, recordedUpTo);
    }

    static StatementMade said(String quote) {
        return new StatementMade(new Person("A. Spokesperson", null, "US"), quote, null);
    }
}
