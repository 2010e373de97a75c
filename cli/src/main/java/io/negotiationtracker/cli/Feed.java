package io.negotiationtracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Prints a feed's items after a cursor. Without follow: page by page until the end. With follow: over the service's
 * SSE stream, reconnecting with Last-Event-ID after a drop, or by polling the pages when the service has no stream.
 * Stops after {@code max} items when a maximum is given.
 */
final class Feed {
    private static final int PAGE = 500;
    private static final Duration POLL_EVERY = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final FeedSource source;
    private final Output output;
    private final Consumer<JsonNode> print;
    private final Integer max;
    private long cursor;
    private int printed;

    Feed(FeedSource source, Output output, Consumer<JsonNode> print, Integer max) {
        this.source = source;
        this.output = output;
        this.print = print;
        this.max = max;
    }

    void run(long after, boolean follow) {
        cursor = after;
        if (!follow) {
            while (readPage() > 0 && !done()) {
                /* next page */
            }
            return;
        }
        if (!stream()) poll();
    }

    /** Returns false when the service has no stream, so the caller polls instead. */
    private boolean stream() {
        boolean connected = false;
        Duration backoff = Duration.ofSeconds(1);
        while (true) {
            Optional<InputStream> events;
            try {
                events = HttpApi.openStream(source.service(), source.stream(), Long.toString(cursor));
            } catch (CliFailure f) {
                if (!connected || f.exitCode() == ExitCode.REFUSED) throw f;
                output.note(f.getMessage() + "; retrying in " + backoff.toSeconds() + " s");
                pause(backoff);
                backoff = min(backoff.multipliedBy(2), MAX_BACKOFF);
                continue;
            }
            if (events.isEmpty()) {
                output.note(source.service() + " has no event stream here; polling every " + POLL_EVERY.toSeconds()
                        + " s instead");
                return false;
            }
            connected = true;
            backoff = Duration.ofSeconds(1);
            try {
                if (ServerSentEventReader.read(events.get(), this::accept)) return true;
                output.note("the " + source.service() + " stream ended; resuming after " + cursor);
            } catch (IOException e) {
                output.note(
                        "lost the " + source.service() + " stream (" + e.getMessage() + "); resuming after " + cursor);
            }
            pause(backoff);
        }
    }

    private boolean accept(ServerSentEvent event) {
        if (!source.isItem(event)) return true;
        JsonNode item = Json.parse(event.data(), source.service() + "'s stream event " + event.id());
        emit(item);
        return !done();
    }

    private void poll() {
        while (!done()) {
            if (readPage() == 0) pause(POLL_EVERY);
        }
    }

    private int readPage() {
        JsonNode items = source.items(HttpApi.get(source.service(), source.page(cursor, PAGE)));
        int n = 0;
        for (JsonNode item : items) {
            if (done()) break;
            emit(item);
            n++;
        }
        return n;
    }

    private void emit(JsonNode item) {
        cursor = Math.max(cursor, source.cursor(item));
        printed++;
        print.accept(item);
    }

    private boolean done() {
        return max != null && printed >= max;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitCode.OK, "stopped");
        }
    }
}
