package io.negotiationtracker.platform.http.openapi;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an operation, for its OpenAPI document: the bearer JWT scheme ({@value #BEARER}, declared on each
 * service's Application) and the 401/403 answers that come with it. The rules themselves are each service's
 * micronaut.security.intercept-url-map.
 */
public final class Access {
    /** The name of the security scheme: an HS256 bearer JWT with a roles claim (docs/operations.md). */
    public static final String BEARER = "bearerAuth";

    private Access() {}

    /** Needs a token with the writer role, whatever the configuration. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @SecurityRequirement(name = BEARER)
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    public @interface Writer {}

    /**
     * A read: open to anyone by default; a token (and a role) only when tracker.security.read-access asks for one
     * (isAuthenticated() or a role), and then 401/403 without it.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @SecurityRequirement(name = BEARER)
    @SecurityRequirement(name = "")
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    public @interface Reader {}
}
