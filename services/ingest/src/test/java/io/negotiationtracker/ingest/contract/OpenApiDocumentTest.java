package io.negotiationtracker.ingest.contract;

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
        var findings = OpenApiContract.check("ingest");
        findings.forEach(f -> System.out.println("ingest.yml: " + f));
        assertThat(OpenApiLint.errors(findings)).isEmpty();
        assertThat(OpenApiContract.generated("ingest").path("paths").size()).isPositive();
    }
}
