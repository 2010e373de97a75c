package io.negotiationtracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.negotiationtracker.ingest.stream.EventStreamController;
import io.negotiationtracker.ingest.test.IngestFixture;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The event stream serves a bounded number of subscribers: one more is told 429 with Retry-After, and gets in once one left. */
class StreamLimitsTest {
    private static final HttpClient HTTP1 =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aClientOverItsSubscriptionCapGets429WithRetryAfterUntilOneOfItsStreamsCloses() throws Exception {
        try (IngestFixture ingest = IngestFixture.fresh("stream-cap")
                .with("tracker.stream.max-subscribers-per-client", 2)
                .start()) {
            String url = ingest.url() + "/api/events/stream";
            HttpResponse<InputStream> first = open(url);
            HttpResponse<InputStream> second = open(url);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(second.statusCode()).isEqualTo(200);

            HttpResponse<InputStream> third = open(url);
            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(third.headers().firstValue("Retry-After")).isPresent();
            assertThat(third.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(new String(third.body().readAllBytes())).contains("max-subscribers-per-client");

            first.body().close();
            EventStreamController controller = ingest.bean(EventStreamController.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> controller.subscribers() == 1);
            HttpResponse<InputStream> again = open(url);
            assertThat(again.statusCode()).isEqualTo(200);
            again.body().close();
            second.body().close();
        }
    }

    /** Opens a subscription on an empty store: the answer must come at once (a comment), not with a first event. */
    private static HttpResponse<InputStream> open(String url) throws Exception {
        return HTTP1.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "text/event-stream")
                        .timeout(Duration.ofSeconds(5))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }
}
