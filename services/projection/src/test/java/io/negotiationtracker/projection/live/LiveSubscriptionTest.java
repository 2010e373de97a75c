package io.negotiationtracker.projection.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.sse.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/** The live stream's per-subscriber rules: nothing beyond demand, changes merged while waiting, a bounded buffer. */
class LiveSubscriptionTest {
    static final class Recorder implements Subscriber<Event<String>> {
        final List<Event<String>> received = new ArrayList<>();
        Subscription subscription;
        Throwable error;

        @Override
        public void onSubscribe(Subscription s) {
            subscription = s;
        }

        @Override
        public void onNext(Event<String> e) {
            received.add(e);
        }

        @Override
        public void onError(Throwable t) {
            error = t;
        }

        @Override
        public void onComplete() {}
    }

    final Recorder subscriber = new Recorder();
    boolean released;

    LiveSubscription open(int maxIds, String only) {
        var s = new LiveSubscription(subscriber, new PendingChanges(maxIds, only));
        s.start(new LiveMessage.Ready(7, 15), () -> released = true);
        return s;
    }

    @Test
    void sendsNothingBeforeDemandAndReadyFirst() {
        var live = open(10, null);
        live.changed(Set.of("a"), 8);
        assertThat(subscriber.received).isEmpty();
        subscriber.subscription.request(1);
        assertThat(subscriber.received).singleElement().satisfies(e -> {
            assertThat(e.getName()).isEqualTo("ready");
            assertThat(e.getData()).isEqualTo("{\"position\":7,\"heartbeatSeconds\":15}");
        });
        subscriber.subscription.request(5);
        assertThat(subscriber.received).hasSize(2);
        assertThat(subscriber.received.get(1).getData())
                .isEqualTo("{\"negotiationIds\":[\"a\"],\"position\":8,\"everything\":false}");
        assertThat(subscriber.received.get(1).getId()).isEqualTo("8");
    }

    @Test
    void mergesChangesWhileTheSubscriberIsNotReading() {
        var live = open(10, null);
        subscriber.subscription.request(1);
        live.changed(Set.of("a"), 8);
        live.changed(Set.of("b"), 9);
        live.changed(Set.of("a"), 10);
        subscriber.subscription.request(10);
        assertThat(subscriber.received).hasSize(2);
        assertThat(subscriber.received.get(1).getData())
                .isEqualTo("{\"negotiationIds\":[\"a\",\"b\"],\"position\":10,\"everything\":false}");
    }

    @Test
    void saysEverythingChangedInsteadOfGrowingPastItsBound() {
        var live = open(2, null);
        subscriber.subscription.request(1);
        live.changed(Set.of("a", "b"), 8);
        live.changed(Set.of("c"), 9);
        subscriber.subscription.request(1);
        assertThat(subscriber.received.get(1).getData())
                .isEqualTo("{\"negotiationIds\":[],\"position\":9,\"everything\":true}");
    }

    @Test
    void aFilteredStreamIgnoresOtherNegotiationsAndHeartbeatsWhenQuiet() {
        var live = open(10, "talks");
        subscriber.subscription.request(10);
        live.changed(Set.of("other"), 8);
        assertThat(subscriber.received).hasSize(1);
        live.heartbeat(8);
        assertThat(subscriber.received.get(1).getName()).isEqualTo("heartbeat");
        live.changed(Set.of("other", "talks"), 9);
        assertThat(subscriber.received.get(2).getData())
                .isEqualTo("{\"negotiationIds\":[\"talks\"],\"position\":9,\"everything\":false}");
    }

    @Test
    void cancellingReleasesTheSubscriptionOnceAndStopsSending() {
        var live = open(10, null);
        subscriber.subscription.cancel();
        assertThat(released).isTrue();
        subscriber.subscription.request(5);
        live.changed(Set.of("a"), 8);
        assertThat(subscriber.received).isEmpty();
    }

    @Test
    void aNonPositiveRequestIsAnError() {
        open(10, null);
        subscriber.subscription.request(0);
        assertThat(subscriber.error).isInstanceOf(IllegalArgumentException.class);
        assertThat(released).isTrue();
    }
}
