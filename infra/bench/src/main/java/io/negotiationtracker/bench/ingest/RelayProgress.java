package io.negotiationtracker.bench.ingest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * How far ingest's relay has published to Kafka, read from its public metric {@code ingest.relay.published.position}
 * (Prometheus text at /prometheus). Counting records on the topic would not do: transaction markers take offsets too.
 */
public final class RelayProgress {
    private static final String METRIC = "ingest_relay_published_position";
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI prometheus;

    public RelayProgress(String ingestUrl) {
        this.prometheus = URI.create(ingestUrl + "/prometheus");
    }

    public long published() throws Exception {
        String body = http.send(
                        HttpRequest.newBuilder(prometheus)
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return body.lines()
                .filter(l -> l.startsWith(METRIC + " ") || l.startsWith(METRIC + "{"))
                .findFirst()
                .map(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .orElseThrow(() -> new IllegalStateException("ingest's /prometheus has no " + METRIC));
    }

    public void awaitPublished(long position, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        long p;
        while ((p = published()) < position) {
            if (System.nanoTime() > deadline)
                throw new IllegalStateException(
                        "the relay published up to " + p + ", not " + position + ", within " + within);
            Thread.sleep(20);
        }
    }
}
