package io.negotiationtracker.events;

public record StatementMade(Person speaker, String quote, String context) implements NegotiationEvent {
    public StatementMade {
        speaker = Require.present(speaker, "speaker");
        quote = Require.text(quote, "quote");
        context = Require.optionalText(context, "context");
    }
}
