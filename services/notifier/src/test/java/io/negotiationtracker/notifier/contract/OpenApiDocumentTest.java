package io.negotiationtracker.notifier.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationtracker.testsupport.contracts.OpenApiContract;
import io.negotiationtracker.testsupport.contracts.OpenApiLint;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document generated from this service's controllers passes the rules of Redocly's recommended ruleset
 * (checked in Java by {@link OpenApiLint}) with no error, and describes every error answer as problem+json.
 */
class OpenApiDocumentTest {
    @Test
    void theGeneratedDocumentPassesTheRecommendedRules() {
        // /api/subscriptions/email/deliveries would match both templates, but a subscription id is a UUID, never
        // "email".
        var findings =
                OpenApiContract.check("notifier", "no-ambiguous-paths at #/paths//api/subscriptions/{id}/deliveries");
        findings.forEach(f -> System.out.println("notifier.yml: " + f));
        assertThat(OpenApiLint.errors(findings)).isEmpty();
        assertThat(OpenApiContract.generated("notifier").path("paths").size()).isPositive();
    }
}
