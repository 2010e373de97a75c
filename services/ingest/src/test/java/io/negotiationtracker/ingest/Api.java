package io.negotiationtracker.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.negotiationtracker.ingest.test.IngestFixture;
import io.negotiationtracker.testsupport.http.Http;
import io.negotiationtracker.testsupport.http.Reply;
import java.net.http.HttpClient;
import java.time.Duration;

/** Ingest's paths over the one test HTTP client: appends as a writer, reads as anyone. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    /** For the event stream, read as it arrives (the test client reads whole answers). */
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    Api(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    Reply append(String negotiationId, String body, String... headers) {
        return post("/api/negotiations/" + negotiationId + "/events", body, IngestFixture.writerToken(), headers);
    }

    Reply post(String path, String body, String token, String... headers) {
        return Http.postAs(token, base + path, body, headers);
    }

    Reply get(String path) {
        return Http.get(base + path);
    }
}
