package io.negotiationtracker.notifier.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationtracker.testsupport.http.Http;
import io.negotiationtracker.testsupport.http.Reply;

/** The notifier's alerts as a reader gets them over HTTP. */
public final class Alerts {
    private Alerts() {}

    /** {@code GET /api/alerts?<query>}'s alert list; anything but 200 fails the test with the answer. */
    public static JsonNode of(String baseUrl, String query) {
        Reply r = Http.get(baseUrl + "/api/alerts?" + query);
        if (r.status() != 200) throw new AssertionError(r.status() + " " + r.body());
        return r.json().path("alerts");
    }
}
