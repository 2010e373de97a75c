package io.negotiationtracker.devstack;

import io.negotiationtracker.tokens.DevTokens;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The run command: the whole product on embedded defaults (PostgreSQL, Kafka, the three services), the seed story
 * imported once, the notifier's and dashboard's clock set so the story is live. Ctrl-C stops everything.
 */
public final class RunProduct {
    private RunProduct() {}

    public static void main(String[] argv) throws Exception {
        RunOptions o;
        try {
            o = RunOptions.parse(List.of(argv));
        } catch (IllegalArgumentException e) {
            System.err.println("run: " + e.getMessage());
            System.err.println(RunOptions.USAGE);
            System.exit(2);
            return;
        }
        if (o.help()) {
            System.out.println(RunOptions.USAGE);
            return;
        }
        long started = System.nanoTime();
        Files.createDirectories(o.dataDir());
        DevTokens tokens = DevTokens.ofDataDirectory(o.dataDir());
        Map<String, String> props = new HashMap<>();
        if (o.clockAt() != null) {
            props.put("projection@tracker.clock.at", o.clockAt());
            props.put("notifier@tracker.clock.at", o.clockAt());
        }
        var options = new DevStack.Options(
                o.dataDir(),
                true,
                o.jdbcUrl(),
                o.jdbcUser(),
                o.jdbcPassword(),
                o.kafka(),
                o.firstPort(),
                o.firstPort() + 1,
                o.firstPort() + 2,
                tokens,
                props);
        System.out.println("Starting PostgreSQL, Kafka and the three services (data in "
                + o.dataDir().toAbsolutePath() + ") ...");
        DevStack stack = DevStack.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println("\nStopping ...");
                            stack.close();
                            System.out.println("Stopped.");
                            stopped.countDown();
                        },
                        "stop-stack"));
        double upSeconds = (System.nanoTime() - started) / 1e9;
        String token = tokens.writerToken();
        if (o.seed()) {
            var results = SeedImporter.importFile(RepoLayout.find().seedFile(), stack.ingestUrl(), token);
            results.values()
                    .forEach(r -> System.out.printf(
                            "Seed %s: %d events, %d newly stored%n", r.negotiationId(), r.events(), r.stored()));
            for (var r : results.values()) awaitOnDashboard(stack.projectionUrl(), r);
        }
        System.out.printf("%nThe negotiation tracker is up (%.1f s).%n", upSeconds);
        System.out.println("  Dashboard      " + stack.projectionUrl() + "/");
        System.out.println("  Dashboard API  " + stack.projectionUrl() + "/api/negotiations");
        System.out.println("  Ingest API     " + stack.ingestUrl() + "/api/negotiations/{id}/events   (stream: "
                + stack.ingestUrl() + "/api/events/stream)");
        System.out.println("  Alerts         " + stack.notifierUrl() + "/api/alerts   (stream: " + stack.notifierUrl()
                + "/api/alerts/stream)");
        System.out.println("  Kafka          " + stack.kafkaBootstrap()
                + "   topics negotiation.events.v1, negotiation.alerts.v1");
        System.out.println("  PostgreSQL     " + stack.jdbcUrl());
        System.out.println("  Clock          "
                + (o.clockAt() == null ? "real time" : "today is " + o.clockAt() + " (--real-clock for real time)"));
        System.out.println("  Logs           " + stack.logDir());
        System.out.println("\nWriter token (Authorization: Bearer ...):\n" + token);
        System.out.println("\nPress Ctrl-C to stop everything.");
        stopped.await();
    }

    /** Read-your-writes: the dashboard shows the seed before the URLs are printed (the projection waits up to 5 s). */
    private static void awaitOnDashboard(String projectionUrl, SeedImporter.Result seeded) throws InterruptedException {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(projectionUrl + "/api/negotiations/"
                        + seeded.negotiationId() + "/status?minPosition=" + seeded.lastPosition()))
                .timeout(java.time.Duration.ofSeconds(30))
                .build();
        for (int attempt = 0; attempt < 6; attempt++) {
            try {
                int status = java.net.http.HttpClient.newHttpClient()
                        .send(request, java.net.http.HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status == 200) return;
            } catch (java.io.IOException e) {
                // the projection is still starting its consumer; try again
            }
            Thread.sleep(500);
        }
        System.out.println(
                "(the dashboard is still catching up with " + seeded.negotiationId() + "; it will appear shortly)");
    }
}
