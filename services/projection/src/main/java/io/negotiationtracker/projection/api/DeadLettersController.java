package io.negotiationtracker.projection.api;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.negotiationtracker.projection.read.DeadLetterLog;
import java.util.Map;

/**
 * Records the projection could not read, apply or render, with the reason, where they were on the topic and (when
 * readable) the event's version and position; each is sent to the dead-letter topic once, after its transaction
 * committed ({@code published}).
 */
@Controller("/api/dead-letters")
public class DeadLettersController {
    private final DeadLetterLog letters;

    public DeadLettersController(DeadLetterLog letters) {
        this.letters = letters;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public Map<String, Object> list() {
        return Map.of("deadLetters", letters.latest());
    }
}
