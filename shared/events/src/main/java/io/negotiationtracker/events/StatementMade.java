package io.negotiationtracker.events;

/** Someone said something: a direct quote, or (v2) a paraphrase when the source reports it without quoting. */
public record StatementMade(Person speaker, String quote, String context, String paraphrase)
        implements NegotiationEvent {
    public StatementMade {
        speaker = Require.present(speaker, "speaker");
        quote = Require.optionalText(quote, "quote");
        paraphrase = Require.optionalText(paraphrase, "paraphrase");
        if (quote == null && paraphrase == null)
            throw new InvalidEventException("quote", "is required (or a paraphrase when the source does not quote)");
        context = Require.optionalText(context, "context");
    }

    public StatementMade(Person speaker, String quote, String context) {
        this(speaker, quote, context, null);
    }

    /** What was said: the quote, else the paraphrase. */
    public String words() {
        return quote != null ? quote : paraphrase;
    }
}
