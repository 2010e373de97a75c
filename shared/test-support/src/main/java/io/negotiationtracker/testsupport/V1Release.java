package io.negotiationtracker.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Events exactly as the first release (contract v1) stored and published them: envelope JSON with one {@code source},
 * no {@code schemaVersion}, and the v1 data shapes pinned in shared/events' EventJsonTest (plus a v1 target deadline).
 * One negotiation, {@code v1-release}, 14 events in stream order. Used by the upgrade tests: every stored v1 event must
 * stay readable, and a retried v1 request must be recognised as a retry.
 */
public final class V1Release {
    public static final String NEGOTIATION = "v1-release";

    private V1Release() {}

    public static List<String> envelopes() {
        try (InputStream in = V1Release.class.getResourceAsStream("/fixtures/v1-release-events.ndjson")) {
            if (in == null) throw new IllegalStateException("fixtures/v1-release-events.ndjson is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
