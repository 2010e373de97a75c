package io.negotiationtracker.projection.store;

import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.projection.view.StatusView;
import io.negotiationtracker.projection.view.SummaryView;
import java.time.LocalDate;

/** Renders a folded negotiation into the JSON stored in its row: the status and the list summary. */
public final class StatusRenderer {
    private final EventCodec codec;

    public StatusRenderer(EventCodec codec) {
        this.codec = codec;
    }

    public RenderedRow render(NegotiationState state, long lastPosition, LocalDate today) {
        StatusView status = StatusView.of(state, today);
        return new RenderedRow(state.negotiationId(), state.title(), state.version(), lastPosition, today, codec.write(status),
                codec.write(SummaryView.of(status)));
    }
}
