package io.negotiationtracker.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** Builds a query string, leaving out absent values and encoding the rest. */
final class Query {
    private final StringJoiner parts = new StringJoiner("&");

    Query add(String name, Object value) {
        if (value != null && !value.toString().isBlank())
            parts.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        return this;
    }

    Query addAll(String name, Iterable<String> values) {
        if (values != null) values.forEach(v -> add(name, v));
        return this;
    }

    String on(String path) {
        String q = parts.toString();
        return q.isEmpty() ? path : path + "?" + q;
    }
}
