package io.negotiationtracker.events;

import java.util.List;

public record AgreementReached(String agreementId, AgreementScope scope, String summary, List<String> settlesIssues)
        implements NegotiationEvent {
    public AgreementReached {
        agreementId = Require.slug(agreementId, "agreementId");
        scope = Require.present(scope, "scope");
        summary = Require.text(summary, "summary");
        settlesIssues = Require.slugs(settlesIssues, "settlesIssues");
    }
}
