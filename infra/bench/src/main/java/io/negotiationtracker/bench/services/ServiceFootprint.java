package io.negotiationtracker.bench.services;

import io.negotiationtracker.bench.harness.BenchContext;
import io.negotiationtracker.bench.harness.Scenario;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * service.*: each service in turn is stopped and started again by the dev stack (same JVM options, database and broker
 * up and idle, the other services idle): start-up is from the start request to the first 200 of /health/readiness
 * (polled every 10 ms); idle memory is VmRSS from /proc after scale.idleSeconds with no requests.
 */
public final class ServiceFootprint implements Scenario {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Override
    public String name() {
        return "services";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        for (String service : ServiceProcesses.SERVICES) {
            context.stack().stop(service);
            URI readiness = URI.create(ServiceProcesses.url(context.stack(), service) + "/health/readiness");
            long start = System.nanoTime();
            Thread watch = Thread.ofPlatform().start(() -> context.stack().start(service));
            while (!ready(readiness)) {
                if (!watch.isAlive() && !ready(readiness))
                    throw new IllegalStateException(service + " did not become ready");
                Thread.sleep(10);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            watch.join();
            Thread.sleep(context.scale().idleSeconds() * 1000L);
            double rss = ServiceProcesses.memoryMb(ServiceProcesses.pid(context.stack(), service), "VmRSS");
            context.results().put("service." + service + ".start_s", seconds);
            context.results().put("service." + service + ".rss_mb_idle", rss);
            context.say("%s: ready %.2f s after its start; idle RSS %.0f MB", service, seconds, rss);
        }
    }

    private static boolean ready(URI readiness) {
        try {
            return HTTP.send(
                                    HttpRequest.newBuilder(readiness)
                                            .timeout(Duration.ofSeconds(1))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (Exception e) {
            return false;
        }
    }
}
