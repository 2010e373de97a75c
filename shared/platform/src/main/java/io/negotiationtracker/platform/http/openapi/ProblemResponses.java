package io.negotiationtracker.platform.http.openapi;

import io.negotiationtracker.platform.http.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error answers an operation can give, for its OpenAPI document: each an application/problem+json response with
 * the {@link ProblemDocument Problem} schema and an example. Put the ones that apply on a controller method, e.g.
 * {@code @ProblemResponses.BadRequest @ProblemResponses.NotFound}; micronaut-openapi reads them as meta-annotations.
 */
public final class ProblemResponses {
    private ProblemResponses() {}

    /** 400: Bad input: the problem names the field (query parameter, header or body member) that was refused. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(
            responseCode = "400",
            description =
                    "Bad input: the problem names the field (query parameter, header or body member) that was refused.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDocument.class),
                            examples =
                                    @ExampleObject(
                                            name = "badRequest",
                                            value =
                                                    "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"'US_Japan' is not a valid negotiation id\",\"field\":\"negotiationId\"}")))
    public @interface BadRequest {}

    /** 401: No bearer token, or one that is invalid, expired or lives too long. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(
            responseCode = "401",
            description = "No bearer token, or one that is invalid, expired or lives too long.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDocument.class),
                            examples =
                                    @ExampleObject(
                                            name = "unauthorized",
                                            value =
                                                    "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401}")))
    public @interface Unauthorized {}

    /** 403: The token lacks the role this operation needs (writer). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(
            responseCode = "403",
            description = "The token lacks the role this operation needs (writer).",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDocument.class),
                            examples =
                                    @ExampleObject(
                                            name = "forbidden",
                                            value =
                                                    "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403}")))
    public @interface Forbidden {}

    /** 404: Nothing with this id is known. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(
            responseCode = "404",
            description = "Nothing with this id is known.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDocument.class),
                            examples =
                                    @ExampleObject(
                                            name = "notFound",
                                            value =
                                                    "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"no negotiation 'no-such-talks'\"}")))
    public @interface NotFound {}

    /** 409: The request conflicts with the current state (a stale expected version, an operation already running). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(
            responseCode = "409",
            description =
                    "The request conflicts with the current state (a stale expected version, an operation already running).",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDocument.class),
                            examples =
                                    @ExampleObject(
                                            name = "conflict",
                                            value =
                                                    "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"expected version 3 but the stream is at version 5\",\"currentVersion\":5}")))
    public @interface Conflict {}

    /** 412: The If-Match header names another version than the stream's current one. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(
            responseCode = "412",
            description = "The If-Match header names another version than the stream's current one.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDocument.class),
                            examples =
                                    @ExampleObject(
                                            name = "preconditionFailed",
                                            value =
                                                    "{\"type\":\"about:blank\",\"title\":\"Precondition Failed\",\"status\":412,\"detail\":\"If-Match \\\"3\\\" but the stream is at version 5\",\"currentVersion\":5}")))
    public @interface PreconditionFailed {}

    /** 413: The body, an event or a list in it is larger than allowed; the problem names the field. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(
            responseCode = "413",
            description = "The body, an event or a list in it is larger than allowed; the problem names the field.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDocument.class),
                            examples =
                                    @ExampleObject(
                                            name = "payloadTooLarge",
                                            value =
                                                    "{\"type\":\"about:blank\",\"title\":\"Request Entity Too Large\",\"status\":413,\"detail\":\"the event is 300000 bytes, more than 262144\",\"field\":\"data\"}")))
    public @interface PayloadTooLarge {}

    /** 422: Well-formed but refused by the rules (the problem names the field and the rule). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(
            responseCode = "422",
            description = "Well-formed but refused by the rules (the problem names the field and the rule).",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDocument.class),
                            examples =
                                    @ExampleObject(
                                            name = "unprocessable",
                                            value =
                                                    "{\"type\":\"about:blank\",\"title\":\"Unprocessable Entity\",\"status\":422,\"detail\":\"deadline d-1 is not set in this negotiation\",\"field\":\"data.deadlineId\"}")))
    public @interface Unprocessable {}

    /** 429: Too many open streams, in all or from this client; retry after the Retry-After header. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(
            responseCode = "429",
            description = "Too many open streams, in all or from this client; retry after the Retry-After header.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDocument.class),
                            examples =
                                    @ExampleObject(
                                            name = "tooManyRequests",
                                            value =
                                                    "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"too many open streams; retry later\",\"retryAfterSeconds\":5}")))
    public @interface TooManyRequests {}

    /** 503: The database cannot be reached now, or the asked-for position was not reached in time; retry after the Retry-After header. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(
            responseCode = "503",
            description =
                    "The database cannot be reached now, or the asked-for position was not reached in time; retry after the Retry-After header.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDocument.class),
                            examples =
                                    @ExampleObject(
                                            name = "unavailable",
                                            value =
                                                    "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\"the database is unavailable; retry later\",\"retryAfterSeconds\":5}")))
    public @interface Unavailable {}
}
