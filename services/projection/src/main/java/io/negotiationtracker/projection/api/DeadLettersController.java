package io.negotiationtracker.projection.api;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.negotiationtracker.platform.http.openapi.Access;
import io.negotiationtracker.platform.http.openapi.ProblemResponses;
import io.negotiationtracker.projection.read.DeadLetterLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;

/**
 * Records the projection could not read, apply or render, with the reason, where they were on the topic and (when
 * readable) the event's version and position; each is sent to the dead-letter topic once, after its transaction
 * committed ({@code published}).
 */
@Controller("/api/dead-letters")
@Tag(name = "operations")
public class DeadLettersController {
    private final DeadLetterLog letters;

    public DeadLettersController(DeadLetterLog letters) {
        this.letters = letters;
    }

    @Operation(
            operationId = "listDeadLetters",
            summary = "Records the projection could not read, apply or render, with the reason and where they were")
    @ApiResponse(
            responseCode = "200",
            description = "{deadLetters: [...]}, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object")))
    @Access.Reader
    @ProblemResponses.Unavailable
    @Get(produces = MediaType.APPLICATION_JSON)
    public Map<String, Object> list() {
        return Map.of("deadLetters", letters.latest());
    }
}
