package io.negotiationtracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** Where a feed command starts, whether it follows, when it stops: the options `events` and `alerts` share. */
final class FeedOptions {
    @Option(
            names = "--after",
            paramLabel = "CURSOR",
            defaultValue = "0",
            description =
                    "Start after this cursor: a global position for events, a sequence number for alerts (default 0).")
    long after;

    @Option(
            names = {"-f", "--follow"},
            description = "Keep printing new items as they come (Ctrl-C stops).")
    boolean follow;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N items.")
    Integer max;

    /** Prints the feed's items, one a line: compact JSON with --json, else {@code text}. */
    int print(FeedSource source, Output out, Function<JsonNode, String> text) {
        if (after < 0) throw CliFailure.usage("--after must be 0 or more");
        if (max != null && max < 1) throw CliFailure.usage("--max must be 1 or more");
        new Feed(source, out, item -> out.line(out.json() ? Json.compact(item) : text.apply(item)), max)
                .run(after, follow);
        return ExitCode.OK;
    }
}
