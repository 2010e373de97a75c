package io.negotiationtracker.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.negotiationtracker.testsupport.http.Http;
import io.negotiationtracker.testsupport.http.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hostile-input corpus (src/test/resources/hostile/corpus.ndjson, 283 cases) against every public endpoint of the
 * three services, started as processes: malformed and truncated JSON, wrong types, huge numbers, deep nesting, long
 * strings and lists, oversized events and bodies, NUL and other control characters, invalid UTF-8, lone surrogates,
 * path traversal, unknown and missing fields, dates out of range, broken rules, and missing, expired, wrongly signed,
 * unsigned ({@code alg: none}), exp-less and over-long tokens. Each gets a 4xx problem+json and nothing is stored;
 * script and SQL text is valid data: stored verbatim and served back verbatim, never interpreted. After the whole
 * corpus, a normal event is visible on the dashboard API and raises its alert.
 */
class HostileInputCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String NEGOTIATION = "hostile-talks";
    static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static DevStack stack;
    static DevStack.Options options;

    @BeforeAll
    static void start() throws Exception {
        options = DevStack.Options.forTests(Files.createTempDirectory("nt-hostile"))
                .with(Map.of("projection@tracker.clock.at", "2025-06-17", "notifier@tracker.clock.at", "2025-06-17"));
        stack = DevStack.start(options);
        var opened = Http.post(
                stack.ingestUrl() + "/api/negotiations/" + NEGOTIATION + "/events",
                "["
                        + WalkingSkeletonEndToEndTest.event(
                                "NegotiationOpened",
                                "2025-04",
                                "{\"title\":\"Hostile talks\",\"parties\":[{\"code\":\"US\",\"name\":\"United States\"},{\"code\":\"JP\",\"name\":\"Japan\"}]}")
                        + "]",
                "Authorization",
                "Bearer " + stack.writerToken());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        if (stack != null) stack.close();
    }

    @Test
    void everyHostileInputIsRefusedWithAProblemNamingItNothingIsStoredAndTheSystemStillWorks() throws Exception {
        long eventsBefore = storedEvents();
        int subscriptionsBefore = subscriptions();
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        List<JsonNode> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        int verbatim = 0;
        for (JsonNode c : corpus) {
            HttpResponse<String> r = send(c);
            outcomes.merge(c.path("category").asText() + " " + r.statusCode(), 1, Integer::sum);
            String why = check(c, r);
            if (why != null) failures.add(c.path("id").asText() + ": " + why);
            if (c.path("expect").asText().equals("2xx-verbatim")) verbatim++;
        }
        System.out.println(
                "hostile-input corpus: " + corpus.size() + " cases; outcomes by category and status: " + outcomes);
        assertThat(failures).as("cases that did not get the answer they should").isEmpty();

        assertThat(storedEvents())
                .as("only the script-and-SQL-as-data events were stored")
                .isEqualTo(eventsBefore + verbatim);
        assertThat(subscriptions()).as("no subscription was stored").isEqualTo(subscriptionsBefore);
        theScriptAndSqlTextComesBackVerbatim();
        aNormalEventAfterTheCorpusIsVisibleAndRaisesItsAlert();
    }

    private static String check(JsonNode c, HttpResponse<String> r) {
        int status = r.statusCode();
        if (c.path("expect").asText().equals("2xx-verbatim"))
            return status / 100 == 2 ? null : "expected 2xx, got " + status + " " + shorten(r.body());
        if (status < 400 || status >= 500) return "expected 4xx, got " + status + " " + shorten(r.body());
        String type = r.headers().firstValue("content-type").orElse("");
        if (!type.startsWith("application/problem+json"))
            return "expected problem+json, got '" + type + "' " + shorten(r.body());
        JsonNode problem = JSON.nullNode();
        try {
            problem = JSON.readTree(r.body());
        } catch (IOException e) {
            return "the problem is not JSON: " + shorten(r.body());
        }
        if (problem.path("status").asInt() != status)
            return "problem status " + problem.path("status") + " differs from " + status;
        if (problem.path("detail").asText("").isBlank()
                && problem.path("title").asText("").isBlank()) return "the problem says nothing";
        if (status == 429 || status == 503)
            return r.headers().firstValue("Retry-After").isPresent() ? null : "no Retry-After on " + status;
        return null;
    }

    private static HttpResponse<String> send(JsonNode c) throws Exception {
        String base = switch (c.path("service").asText()) {
            case "ingest" -> stack.ingestUrl();
            case "projection" -> stack.projectionUrl();
            case "notifier" -> stack.notifierUrl();
            default -> throw new IllegalArgumentException("unknown service in case " + c.path("id"));
        };
        HttpRequest.Builder b = HttpRequest.newBuilder(
                        URI.create(base + c.path("path").asText()))
                .timeout(Duration.ofSeconds(60));
        String auth = authorization(c.path("auth").asText());
        if (auth != null) b.header("Authorization", auth);
        if (c.hasNonNull("contentType"))
            b.header("Content-Type", c.path("contentType").asText());
        if (c.path("method").asText().equals("GET"))
            return CLIENT.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
        byte[] body = c.hasNonNull("bodyBase64")
                ? Base64.getDecoder().decode(c.path("bodyBase64").asText())
                : c.hasNonNull("body")
                        ? c.path("body").asText().getBytes(StandardCharsets.UTF_8)
                        : generated(c.path("id").asText());
        return CLIENT.send(
                b.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The cases too large to keep in the repository. */
    private static byte[] generated(String id) {
        String statement = WalkingSkeletonEndToEndTest.event(
                "StatementMade",
                "2025-06-17",
                "{\"speaker\":{\"name\":\"Ishiba\",\"party\":\"JP\"},\"quote\":\"QUOTE\"}");
        String body = switch (id) {
            case "event-over-size-limit" ->
                WalkingSkeletonEndToEndTest.event(
                        "RoundHeld",
                        "2025-06-17",
                        "{\"roundId\":\"big\",\"level\":\"working\",\"participants\":["
                                + String.join(
                                        ",",
                                        Collections.nCopies(
                                                300,
                                                "{\"name\":\"" + "N".repeat(3900) + "\",\"role\":\"" + "R".repeat(3900)
                                                        + "\",\"party\":\"JP\"}"))
                                + "]}");
            case "body-over-5mb" -> statement.replace("QUOTE", "z".repeat(6_000_000));
            case "batch-too-many-events" ->
                "[" + String.join(",", Collections.nCopies(2000, statement.replace("QUOTE", "one of many"))) + "]";
            default -> throw new IllegalArgumentException("case " + id + " has no body and is not generated");
        };
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static String authorization(String kind) {
        String secret = options.tokens().secret();
        long now = Instant.now().getEpochSecond();
        return switch (kind) {
            case "writer" -> "Bearer " + stack.writerToken();
            case "none" -> null;
            case "expired" ->
                "Bearer "
                        + jwt(
                                secret,
                                "HS256",
                                "{\"sub\":\"w\",\"roles\":[\"writer\"],\"iat\":" + (now - 7200) + ",\"exp\":"
                                        + (now - 3600) + "}");
            case "bad-signature" ->
                "Bearer "
                        + jwt(
                                "another-secret-another-secret-another-secret",
                                "HS256",
                                "{\"sub\":\"w\",\"roles\":[\"writer\"],\"iat\":" + now + ",\"exp\":" + (now + 600)
                                        + "}");
            case "alg-none" ->
                "Bearer "
                        + unsigned("{\"sub\":\"w\",\"roles\":[\"writer\"],\"iat\":" + now + ",\"exp\":" + (now + 600)
                                + "}");
            case "no-exp" ->
                "Bearer " + jwt(secret, "HS256", "{\"sub\":\"w\",\"roles\":[\"writer\"],\"iat\":" + now + "}");
            case "too-long-lived" ->
                "Bearer "
                        + jwt(
                                secret,
                                "HS256",
                                "{\"sub\":\"w\",\"roles\":[\"writer\"],\"iat\":" + now + ",\"exp\":"
                                        + (now + 400L * 24 * 3600) + "}");
            case "reader" ->
                "Bearer "
                        + jwt(
                                secret,
                                "HS256",
                                "{\"sub\":\"r\",\"roles\":[\"reader\"],\"iat\":" + now + ",\"exp\":" + (now + 600)
                                        + "}");
            case "garbage" -> "Bearer not.a.token";
            case "basic" ->
                "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
            case "empty-bearer" -> "Bearer ";
            default -> throw new IllegalArgumentException("unknown auth " + kind);
        };
    }

    private static String jwt(String secret, String alg, String claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String head = b64.encodeToString(("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}").getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return head + "." + b64.encodeToString(mac.doFinal(head.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unsigned(String claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    private static long storedEvents() {
        var r = Http.get(stack.ingestUrl() + "/api/events?limit=1000");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("events").size();
    }

    private static int subscriptions() {
        var r = send("GET", stack.notifierUrl() + "/api/subscriptions", "Bearer " + stack.writerToken());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("subscriptions").size();
    }

    private static Reply send(String method, String url, String auth) {
        try {
            var r = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", auth)
                            .method(method, HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(r);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static void theScriptAndSqlTextComesBackVerbatim() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var timeline = Http.get(stack.projectionUrl() + "/api/negotiations/" + NEGOTIATION + "/timeline");
            assertThat(timeline.status()).isEqualTo(200);
            List<String> quotes = new ArrayList<>();
            timeline.json().path("events").forEach(e -> {
                if (e.path("type").asText().equals("StatementMade"))
                    quotes.add(e.path("data").path("quote").asText());
            });
            assertThat(quotes)
                    .contains(
                            "<script>alert(1)</script>",
                            "'; DROP TABLE ingest.events; --",
                            "Robert'); DELETE FROM notifier.alerts;--");
        });
    }

    private static void aNormalEventAfterTheCorpusIsVisibleAndRaisesItsAlert() {
        var set = Http.post(
                stack.ingestUrl() + "/api/negotiations/" + NEGOTIATION + "/events",
                WalkingSkeletonEndToEndTest.event(
                        "DeadlineSet",
                        "2025-06-17",
                        "{\"deadlineId\":\"after-the-corpus\",\"title\":\"A deadline set after the corpus\",\"dueOn\":\"2025-07-09\",\"deadlineClass\":\"legal\"}"),
                "Authorization",
                "Bearer " + stack.writerToken());
        assertThat(set.status()).as(set.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var status = Http.get(stack.projectionUrl() + "/api/negotiations/" + NEGOTIATION + "/status");
            assertThat(status.json().path("nextDeadline").path("deadlineId").asText())
                    .isEqualTo("after-the-corpus");
            var alerts = Http.get(stack.notifierUrl() + "/api/alerts?negotiationId=" + NEGOTIATION + "&kind=set");
            assertThat(alerts.json().path("alerts")).hasSize(1);
        });
        assertThat(Http.get(stack.projectionUrl() + "/api/dead-letters").json().path("deadLetters"))
                .isEmpty();
    }

    private static List<JsonNode> corpus() throws IOException {
        try (InputStream in = HostileInputCorpusTest.class.getResourceAsStream("/hostile/corpus.ndjson")) {
            assertThat(in).as("hostile/corpus.ndjson").isNotNull();
            List<JsonNode> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                if (!line.isBlank()) cases.add(JSON.readTree(line));
            return cases;
        }
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
