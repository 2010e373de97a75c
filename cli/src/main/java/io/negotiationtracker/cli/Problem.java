package io.negotiationtracker.cli;

import com.fasterxml.jackson.databind.JsonNode;

/** An RFC 9457 problem detail as the services send it, with the input field it names when there is one. */
record Problem(int status, String title, String detail, String field) {
    static Problem of(int status, JsonNode body) {
        if (body == null || !body.isObject()) return new Problem(status, null, null, null);
        return new Problem(status, text(body, "title"), text(body, "detail"), text(body, "field"));
    }

    String describe() {
        StringBuilder s = new StringBuilder().append(status);
        if (title != null) s.append(' ').append(title);
        if (detail != null) s.append(": ").append(detail);
        if (field != null) s.append(" (field: ").append(field).append(')');
        return s.toString();
    }

    private static String text(JsonNode body, String name) {
        JsonNode v = body.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }
}
