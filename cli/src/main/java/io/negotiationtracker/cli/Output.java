package io.negotiationtracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;

/** Prints results as text or JSON; notes about the run (reconnecting, fallbacks) go to stderr, never into the data. */
record Output(PrintWriter out, PrintWriter err, boolean json) {
    void line(String text) {
        out.println(text);
        out.flush();
    }

    void document(JsonNode node) {
        line(Json.pretty(node));
    }

    void item(JsonNode node) {
        line(Json.compact(node));
    }

    void note(String text) {
        err.println(text);
        err.flush();
    }
}
