package io.negotiationtracker.bench.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Waits until the projection has applied a position, by asking a status with {@code minPosition} (the projection
 * answers as soon as its views include that position, or after about 5 s without it).
 */
public final class ProjectionCatchUp {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ProjectionCatchUp() {}

    public static void await(String statusUrl, long position, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(statusUrl + "?minPosition=" + position))
                .timeout(Duration.ofSeconds(30))
                .build();
        int status;
        while ((status = HTTP.send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                != 200) {
            if (System.nanoTime() > deadline)
                throw new IllegalStateException(statusUrl + " has not reached position " + position + " within "
                        + within + " (last answer " + status + ")");
            if (status != 503 && status != 504) Thread.sleep(200);
        }
    }
}
