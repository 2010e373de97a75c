package io.negotiationtracker.platform.http.openapi;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The shape of every error answer (RFC 9457 application/problem+json) as the OpenAPI documents describe it; the body
 * itself is written by {@link io.negotiationtracker.platform.http.Problem}. Never instantiated: a schema only.
 */
@Schema(
        name = "Problem",
        description = "An RFC 9457 problem detail; field names the offending input when there is one. Further members"
                + " (retryAfterSeconds, currentVersion, ...) may follow.")
public record ProblemDocument(
        @Schema(description = "always about:blank", requiredMode = Schema.RequiredMode.REQUIRED)
        String type,

        @Schema(description = "the HTTP reason phrase", requiredMode = Schema.RequiredMode.REQUIRED)
        String title,

        @Schema(description = "the HTTP status code", requiredMode = Schema.RequiredMode.REQUIRED)
        int status,

        @Schema(description = "what was wrong, for a person")
        String detail,

        @Schema(description = "the input field (query parameter, header, body member) that was refused")
        String field) {}
