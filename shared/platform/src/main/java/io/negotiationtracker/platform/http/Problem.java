package io.negotiationtracker.platform.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** An RFC 9457 problem detail; {@code field} names the offending input field, when there is one. */
public final class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {}

    public static Map<String, Object> body(
            int status, String title, String detail, String field, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        if (detail != null) body.put("detail", detail);
        if (field != null) body.put("field", field);
        if (extra != null) body.putAll(extra);
        return body;
    }
}
