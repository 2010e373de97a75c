package io.negotiationtracker.projection.export;

import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.projection.view.DeadlinesView;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The deadlines dataset: each deadline of the deadlines view (standing on {@code day}) repeated once per entry of its
 * history, so a spreadsheet shows every set, move, cancellation and hint with the deadline it belongs to.
 */
final class DeadlineRows {
    private DeadlineRows() {}

    static Stream<List<Object>> of(NegotiationState s, LocalDate day) {
        return DeadlinesView.all(s, day).stream()
                .flatMap(d -> IntStream.range(0, d.history().size()).mapToObj(i -> row(d, i)));
    }

    private static List<Object> row(DeadlinesView.Deadline d, int i) {
        DeadlinesView.Change c = d.history().get(i);
        return Arrays.asList(
                d.deadlineId(),
                d.title(),
                d.deadlineClass(),
                d.kind(),
                d.dueOn(),
                d.state(),
                d.revision(),
                i + 1,
                c.kind(),
                c.from(),
                c.to(),
                c.occurredOn(),
                c.recordedAt(),
                c.note(),
                c.confidence(),
                c.publisher(),
                c.sourceCount());
    }
}
