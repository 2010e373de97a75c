package io.negotiationtracker.projection.render;

import io.negotiationtracker.domain.NegotiationState;
import io.negotiationtracker.events.json.EventCodec;
import io.negotiationtracker.projection.view.StatusView;
import io.negotiationtracker.projection.view.SummaryView;
import java.time.LocalDate;

/**
 * Renders a folded negotiation into the JSON the API serves: its status and its line in the list. One renderer for
 * rows, re-renders and as-of answers, written by the same codec as every other response.
 */
public final class StatusRendering {
    private final EventCodec codec;

    public StatusRendering(EventCodec codec) {
        this.codec = codec;
    }

    /** The rendering a row stores: status and summary for {@code day}, from the events {@code folded} includes. */
    public Rendering render(Folded folded, LocalDate day) {
        NegotiationState state = folded.state();
        StatusView status = StatusView.of(state, day);
        return new Rendering(
                state.negotiationId(),
                state.title(),
                state.version(),
                folded.lastPosition(),
                day,
                codec.write(status),
                codec.write(SummaryView.of(status)));
    }

    public String status(NegotiationState state, LocalDate day) {
        return codec.write(StatusView.of(state, day));
    }

    public String summary(NegotiationState state, LocalDate day) {
        return codec.write(SummaryView.of(StatusView.of(state, day)));
    }
}
