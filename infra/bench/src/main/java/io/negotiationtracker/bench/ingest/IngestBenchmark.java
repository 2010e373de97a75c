package io.negotiationtracker.bench.ingest;

import io.negotiationtracker.devstack.ChildProcess;
import io.negotiationtracker.devstack.RepoLayout;
import io.negotiationtracker.testsupport.FreePort;
import io.negotiationtracker.testsupport.JwtTokens;
import io.negotiationtracker.testsupport.KafkaBroker;
import io.negotiationtracker.testsupport.Postgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;

/**
 * Prints: ingest throughput with batches of 1000 events into the store and onto Kafka; single-event append latency
 * p50/p99; and, in the same run on the same PostgreSQL, the raw JDBC batch-insert rate of equally sized rows, with
 * the ratio. Usage: bin/bench ingest [--batches N] [--batch-size N] [--clients N] [--latency-samples N]
 */
public final class IngestBenchmark {
    private static final String SECRET = "bench-secret-bench-secret-bench-secret-0001";

    public static void main(String[] args) throws Exception {
        int batches = intArg(args, "--batches", 200);
        int batchSize = intArg(args, "--batch-size", 1000);
        int clients = intArg(args, "--clients", 2);
        int samples = intArg(args, "--latency-samples", 2000);
        Path dir = Files.createTempDirectory("nt-bench-ingest");
        System.out.printf("ingest benchmark: %d batches x %d events, %d concurrent clients; %d single-event appends; %d cores%n",
                batches, batchSize, clients, samples, Runtime.getRuntime().availableProcessors());
        try (Postgres pg = Postgres.start(dir.resolve("pg"), false, true);
             KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"))) {
            pg.createDatabaseIfMissing("bench");
            int port = FreePort.find();
            String topic = "bench.events";
            try (ChildProcess ingest = ChildProcess.startJava("ingest", RepoLayout.find().serviceClasspath("ingest"),
                    "io.negotiationtracker.ingest.Application", Map.of(
                            "micronaut.server.port", Integer.toString(port),
                            "datasources.default.url", pg.jdbcUrl("bench"),
                            "datasources.default.username", pg.user(),
                            "datasources.default.password", pg.password(),
                            "kafka.bootstrap-servers", kafka.bootstrapServers(),
                            "tracker.topic", topic,
                            "micronaut.security.token.jwt.signatures.secret.generator.secret", SECRET), List.of(), dir.resolve("logs"))) {
                String base = "http://127.0.0.1:" + port;
                String token = JwtTokens.sign(SECRET, "bench", List.of("writer"), Duration.ofHours(2));
                IngestClient client = new IngestClient(base, token);
                client.awaitReady(ingest);
                TopicCount onKafka = new TopicCount(kafka.bootstrapServers(), topic);

                int negotiations = 50;
                for (int n = 0; n < negotiations; n++) client.append("bench-" + n, "[" + Payloads.opened() + "]");
                client.append("bench-warmup", Payloads.opened());
                client.append("bench-latency", Payloads.opened());
                for (String body : Payloads.batches(10, batchSize)) client.append("bench-warmup", body);
                long before = onKafka.awaitAtLeast(negotiations + 2 + 10L * batchSize, Duration.ofMinutes(2));

                List<String> bodies = Payloads.batches(batches, batchSize);
                long start = System.nanoTime();
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                AtomicInteger next = new AtomicInteger();
                List<Future<?>> work = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    work.add(pool.submit(() -> {
                        for (int i; (i = next.getAndIncrement()) < bodies.size(); ) client.append("bench-" + (i % negotiations), bodies.get(i));
                        return null;
                    }));
                }
                for (Future<?> f : work) f.get();
                pool.shutdown();
                double storeSeconds = (System.nanoTime() - start) / 1e9;
                long total = (long) batches * batchSize;
                onKafka.awaitAtLeast(before + total, Duration.ofMinutes(10));
                double kafkaSeconds = (System.nanoTime() - start) / 1e9;

                Histogram latency = new Histogram(3_600_000_000L, 3);
                for (int i = 0; i < samples; i++) {
                    String one = Payloads.statement(UUID.randomUUID(), i);
                    long t = System.nanoTime();
                    client.append("bench-latency", one);
                    latency.recordValue((System.nanoTime() - t) / 1000);
                }

                double rawRate = RawInsert.rate(pg.jdbcUrl("bench"), pg.user(), pg.password(), total, batchSize, clients, Payloads.envelopeSize());
                double ingestRate = total / storeSeconds;
                double endToKafka = total / kafkaSeconds;
                System.out.println();
                System.out.printf("ingest into the store (HTTP, batches of %d): %,.0f events/s (%,d events in %.1f s)%n", batchSize, ingestRate, total, storeSeconds);
                System.out.printf("ingest into the store and onto Kafka       : %,.0f events/s (all on the topic after %.1f s)%n", endToKafka, kafkaSeconds);
                System.out.printf("single-event append latency                : p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d appends)%n",
                        latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0, samples);
                System.out.printf("raw PostgreSQL batch insert, same rows     : %,.0f rows/s (%d connections, commit every %d)%n", rawRate, clients, batchSize);
                System.out.printf("ratio ingest/raw                           : %.2f (store), %.2f (store and Kafka); goal >= 0.5%n",
                        ingestRate / rawRate, endToKafka / rawRate);
            }
        }
    }

    static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return Integer.parseInt(args[i + 1]);
        return fallback;
    }
}
