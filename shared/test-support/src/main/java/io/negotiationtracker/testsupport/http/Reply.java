package io.negotiationtracker.testsupport.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;

/** What a service answered: status, headers and body, with the body read as JSON on demand. */
public record Reply(HttpResponse<String> raw) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public int status() {
        return raw.statusCode();
    }

    public String body() {
        return raw.body();
    }

    /** The Content-Type header, or an empty string. */
    public String contentType() {
        return raw.headers().firstValue("Content-Type").orElse("");
    }

    /** The first value of a header (names are case-insensitive), or null. */
    public String header(String name) {
        return raw.headers().firstValue(name).orElse(null);
    }

    public JsonNode json() {
        try {
            return JSON.readTree(raw.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (status " + status() + "): " + raw.body(), e);
        }
    }

    @Override
    public String toString() {
        return status() + " " + raw.body();
    }
}
