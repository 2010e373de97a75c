package io.negotiationtracker.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/** Reads the text/event-stream format: fields up to a blank line make one event; comment lines (":") are skipped. */
final class ServerSentEventReader {
    private ServerSentEventReader() {}

    /** Hands each event to {@code handler} until it returns false (then true is returned) or the stream ends (false). */
    static boolean read(InputStream stream, Predicate<ServerSentEvent> handler) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty()) {
                    if (data != null
                            && !handler.test(new ServerSentEvent(id, name == null ? "message" : name, data.toString())))
                        return true;
                    id = null;
                    name = null;
                    data = null;
                    continue;
                }
                if (line.startsWith(":")) continue;
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                switch (field) {
                    case "id" -> id = value;
                    case "event" -> name = value;
                    case "data" ->
                        data = data == null
                                ? new StringBuilder(value)
                                : data.append('\n').append(value);
                    default -> {
                        /* retry and unknown fields are not needed here */
                    }
                }
            }
            return false;
        }
    }
}
