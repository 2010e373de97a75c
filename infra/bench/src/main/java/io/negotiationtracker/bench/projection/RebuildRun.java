package io.negotiationtracker.bench.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * (b) Rebuild rate: N events produced straight to the topic (as the relay would publish them), the serving views catch up,
 * then POST /api/admin/rebuild fills a new generation from the whole topic; compared with the raw insert rate of rows of
 * the same size into a plain table on the same PostgreSQL server.
 */
final class RebuildRun {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final long FIRST_POSITION = 100_000_000L;

    record Result(long events, double produceSeconds, double catchUpPerSecond, double rebuildPerSecond, double rebuildSeconds, double rawPerSecond) {}

    static Result run(String kafka, String topic, String projectionUrl, String writerToken, String jdbcUrl, int events, int negotiations) throws Exception {
        long t0 = System.nanoTime();
        long last = produce(kafka, topic, events, negotiations);
        double produceSeconds = (System.nanoTime() - t0) / 1e9;
        HttpClient http = HttpClient.newHttpClient();
        String lastNegotiation = "bench-rb-" + ((events - 1) % negotiations);
        while (get(http, projectionUrl + "/api/negotiations/" + lastNegotiation + "/status?minPosition=" + last).statusCode() != 200) {
            // minPosition waits up to 5 s per request; the serving generation is catching up
        }
        double catchUp = events / ((System.nanoTime() - t0) / 1e9 - produceSeconds);

        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(projectionUrl + "/api/admin/rebuild"))
                .header("Authorization", "Bearer " + writerToken).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) throw new IllegalStateException("rebuild refused: " + started.body());
        JsonNode status;
        do {
            Thread.sleep(500);
            status = JSON.readTree(get(http, projectionUrl + "/api/admin/rebuild").body());
        } while (!status.path("state").asText().equals("switched"));
        double seconds = Duration.between(java.time.Instant.parse(status.path("startedAt").asText()),
                java.time.Instant.parse(status.path("switchedAt").asText())).toMillis() / 1000.0;
        long applied = status.path("appliedRecords").asLong();
        return new Result(events, produceSeconds, catchUp, applied / seconds, seconds, rawInsertRate(jdbcUrl, events, negotiations));
    }

    private static long produce(String kafka, String topic, int events, int negotiations) throws Exception {
        Map<String, Object> config = Map.of("bootstrap.servers", kafka, "acks", "all", "linger.ms", 10, "batch.size", 262_144,
                "compression.type", "lz4", "enable.idempotence", true);
        long position = FIRST_POSITION;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < events; i++) {
                String id = "bench-rb-" + (i % negotiations);
                long version = i / negotiations + 1;
                producer.send(new ProducerRecord<>(topic, id, BenchEvents.envelope(id, version, ++position)));
            }
            producer.flush();
        }
        return position;
    }

    /** Rows of the same JSON, batched 2,000 per statement and transaction, into a table with only a primary key. */
    private static double rawInsertRate(String jdbcUrl, int rows, int negotiations) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("password", "postgres");
        p.setProperty("reWriteBatchedInserts", "true");
        try (Connection c = DriverManager.getConnection(jdbcUrl, p)) {
            try (Statement st = c.createStatement()) {
                st.execute("drop table if exists public.bench_raw_rows");
                st.execute("create table public.bench_raw_rows (position bigint primary key, negotiation_id text not null, envelope text not null)");
            }
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("insert into public.bench_raw_rows (position, negotiation_id, envelope) values (?,?,?)")) {
                for (int i = 0; i < rows; i++) {
                    String id = "bench-rb-" + (i % negotiations);
                    long position = FIRST_POSITION + i + 1;
                    ps.setLong(1, position);
                    ps.setString(2, id);
                    ps.setString(3, BenchEvents.envelope(id, i / negotiations + 1, position));
                    ps.addBatch();
                    if ((i + 1) % 2000 == 0 || i == rows - 1) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
            double rate = rows / ((System.nanoTime() - t0) / 1e9);
            try (Statement st = c.createStatement()) {
                st.execute("drop table public.bench_raw_rows");
            }
            c.commit();
            return rate;
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
