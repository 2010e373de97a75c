package io.negotiationtracker.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.negotiationtracker.ingest.append.AppendOutcome;
import io.negotiationtracker.ingest.append.AppendOutcome.Busy;
import io.negotiationtracker.ingest.append.AppendOutcome.Replayed;
import io.negotiationtracker.ingest.append.AppendOutcome.RetryInNextGroup;
import io.negotiationtracker.ingest.append.AppendRequest;
import io.negotiationtracker.ingest.append.AppendResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The single writer, with a stand-in for the store: which group each append lands in, and what it answers. */
class GroupCommitWriterTest {
    private static AppendRequest append(String negotiationId) {
        return new AppendRequest(negotiationId, List.of(), List.of(), List.of(), OptionalLong.empty(), Instant.EPOCH);
    }

    private static AppendOutcome.Final stored(AppendRequest a) {
        return new Replayed(new AppendResult(a.negotiationId(), 1, List.of()));
    }

    @Test
    void anAppendToldToRetryInTheNextGroupIsAnsweredFromTheNextGroup() {
        List<List<String>> groups = new CopyOnWriteArrayList<>();
        try (GroupCommitWriter writer = new GroupCommitWriter(
                group -> {
                    groups.add(group.stream().map(AppendRequest::negotiationId).toList());
                    List<AppendOutcome> outcomes = new ArrayList<>();
                    for (AppendRequest a : group) outcomes.add(groups.size() == 1 ? new RetryInNextGroup() : stored(a));
                    return outcomes;
                },
                16)) {
            assertThat(writer.submit(append("waits"))).isEqualTo(stored(append("waits")));
            assertThat(groups).hasSize(2);
            assertThat(groups.get(1)).containsExactly("waits");
        }
    }

    @Test
    void aFullQueueAnswersBusyAtOnceAndTheWaitingAppendsAreAnsweredOnceTheWriterMovesOn() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (GroupCommitWriter writer = new GroupCommitWriter(
                group -> {
                    entered.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return group.stream()
                            .<AppendOutcome>map(GroupCommitWriterTest::stored)
                            .toList();
                },
                1)) {
            var inGroup = CompletableFuture.supplyAsync(() -> writer.submit(append("in-group")));
            assertThat(entered.await(5, TimeUnit.SECONDS))
                    .as("the first append is in a group")
                    .isTrue();
            var queued = CompletableFuture.supplyAsync(() -> writer.submit(append("queued")));
            await().atMost(Duration.ofSeconds(5)).until(() -> writer.waiting() == 1);

            assertThat(writer.submit(append("refused"))).isInstanceOf(Busy.class);

            release.countDown();
            assertThat(inGroup.get()).isEqualTo(stored(append("in-group")));
            assertThat(queued.get()).isEqualTo(stored(append("queued")));
        }
    }

    @Test
    void aStoppedWriterAnswersBusy() {
        GroupCommitWriter writer = new GroupCommitWriter(
                group -> group.stream()
                        .<AppendOutcome>map(GroupCommitWriterTest::stored)
                        .toList(),
                16);
        writer.close();
        assertThat(writer.submit(append("late"))).isInstanceOf(Busy.class);
    }
}
