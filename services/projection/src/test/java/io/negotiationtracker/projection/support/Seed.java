package io.negotiationtracker.projection.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.negotiationtracker.events.EventEnvelope;
import io.negotiationtracker.events.ProposedEvent;
import io.negotiationtracker.events.json.EventCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The seed story (infra/seed), read through the codec as ingest stores it: versions from 1, positions from
 * {@link Story#nextPosition}, recorded long after the facts (and in the file's order, not the world's).
 */
public final class Seed {
    public static final String ID = "us-japan-tariffs-2025";
    private static final Path FILE = Path.of("../../infra/seed/us-japan-tariffs-2025.ndjson");

    private Seed() {}

    public static List<EventEnvelope> envelopes() {
        EventCodec codec = new EventCodec();
        List<EventEnvelope> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(FILE)) {
                ObjectNode node = (ObjectNode) codec.parse(line);
                node.remove("negotiationId");
                ProposedEvent p = codec.readProposed(node, UUID::randomUUID);
                out.add(p.stored(ID, out.size() + 1, Story.nextPosition(), Instant.parse("2025-06-16T00:00:00Z")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
