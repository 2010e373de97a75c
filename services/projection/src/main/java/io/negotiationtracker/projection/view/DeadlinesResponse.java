package io.negotiationtracker.projection.view;

import io.negotiationtracker.domain.NegotiationState;
import java.time.LocalDate;
import java.util.List;

/** The deadlines endpoint: every deadline with its history, and the next one, as they stand on {@code today}. */
public record DeadlinesResponse(
        String negotiationId, LocalDate today, DeadlinesView.Next next, List<DeadlinesView.Deadline> deadlines) {
    public static DeadlinesResponse of(NegotiationState s, LocalDate today) {
        return new DeadlinesResponse(
                s.negotiationId(), today, DeadlinesView.next(s, today), DeadlinesView.all(s, today));
    }
}
