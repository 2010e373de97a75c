package io.negotiationtracker.devstack;

import io.negotiationtracker.testsupport.FreePort;
import io.negotiationtracker.testsupport.Postgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The whole product on one machine, without Docker: a real PostgreSQL (the one configured, else one the project owns),
 * a real Kafka broker in its own process, and the three services, each in its own process. Closing it stops everything.
 */
public final class DevStack implements AutoCloseable {
    /**
     * How long a service may take to answer readiness: a few seconds on a quiet machine, much longer on a 2-core one
     * that also runs a broker, a database and a build (tracker.devstack.ready-within-s overrides it).
     */
    static final Duration READY_WITHIN = Duration.ofSeconds(Long.getLong("tracker.devstack.ready-within-s", 240));

    public record Options(Path dataDir, boolean keepData, String jdbcUrl, String jdbcUser, String jdbcPassword, String kafkaBootstrap,
                          int ingestPort, int projectionPort, int notifierPort, DevTokens tokens, Map<String, String> serviceProperties) {
        public static Options forTests(Path dataDir) {
            return new Options(dataDir, false, null, null, null, null, FreePort.find(), FreePort.find(), FreePort.find(), DevTokens.random(), Map.of());
        }

        public Options with(Map<String, String> properties) {
            Map<String, String> all = new HashMap<>(serviceProperties);
            all.putAll(properties);
            return new Options(dataDir, keepData, jdbcUrl, jdbcUser, jdbcPassword, kafkaBootstrap, ingestPort, projectionPort, notifierPort, tokens, all);
        }
    }

    private final Options options;
    private final RepoLayout repo = RepoLayout.find();
    private final List<ChildProcess> children = new ArrayList<>();
    private Postgres postgres;
    private String jdbcUrl;
    private String kafka;
    private final int[] brokerPorts = {FreePort.find(), FreePort.find()};

    private DevStack(Options options) {
        this.options = options;
    }

    public static DevStack start(Options options) {
        DevStack stack = new DevStack(options);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() {
        CompletableFuture<Void> broker = CompletableFuture.runAsync(this::startKafka);
        startOwnOrGivenDatabase();
        broker.join();
        for (String service : List.of("ingest", "projection", "notifier")) startService(service);
        for (ChildProcess c : children) if (!c.name().equals("kafka")) awaitReady(c, port(c.name()));
    }

    private void startOwnOrGivenDatabase() {
        if (options.jdbcUrl() != null) {
            jdbcUrl = options.jdbcUrl();
            return;
        }
        postgres = Postgres.start(options.dataDir().resolve("postgres"), options.keepData(), true);
        postgres.createDatabaseIfMissing("negotiations");
        jdbcUrl = postgres.jdbcUrl("negotiations");
    }

    private void startKafka() {
        if (options.kafkaBootstrap() != null) {
            kafka = options.kafkaBootstrap();
            return;
        }
        Path portFile = options.dataDir().resolve("kafka.address");
        ChildProcess broker = ChildProcess.startJava("kafka", JvmOptions.broker(), System.getProperty("java.class.path"), "io.negotiationtracker.testsupport.KafkaBrokerMain",
                Map.of(), List.of("--data-dir", options.dataDir().resolve("kafka").toString(), "--port-file", portFile.toString(),
                        "--ports", brokerPorts[0] + "," + brokerPorts[1]), logs());
        synchronized (children) {
            children.add(broker);
        }
        long deadline = System.currentTimeMillis() + READY_WITHIN.toMillis();
        while (System.currentTimeMillis() < deadline) {
            if (!broker.isAlive()) throw new IllegalStateException("the Kafka broker exited; its log:\n" + broker.tail(40));
            try {
                if (Files.exists(portFile)) {
                    kafka = Files.readString(portFile).strip();
                    return;
                }
                Thread.sleep(100);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the Kafka broker did not start within 90 s; its log:\n" + broker.tail(40));
    }

    private void startService(String service) {
        Map<String, String> props = new HashMap<>();
        props.put("micronaut.server.port", Integer.toString(port(service)));
        props.put("datasources.default.url", jdbcUrl);
        props.put("datasources.default.username", postgres != null ? postgres.user() : nullToEmpty(options.jdbcUser()));
        props.put("datasources.default.password", postgres != null ? postgres.password() : nullToEmpty(options.jdbcPassword()));
        props.put("kafka.bootstrap-servers", kafka);
        props.put("micronaut.security.token.jwt.signatures.secret.generator.secret", options.tokens().secret());
        if (service.equals("projection")) {
            // The dashboard page, served by the projection, reads alerts from the notifier on its real port.
            props.put("tracker.dashboard.notifier-url", notifierUrl());
            props.put("tracker.dashboard.ingest-url", ingestUrl());
        }
        options.serviceProperties().forEach((k, v) -> {
            if (!k.contains("@") || k.startsWith(service + "@")) props.put(k.contains("@") ? k.substring(k.indexOf('@') + 1) : k, v);
        });
        ChildProcess child = ChildProcess.startJava(service, JvmOptions.service(service), repo.serviceClasspath(service), "io.negotiationtracker." + service + ".Application",
                props, List.of(), logs());
        synchronized (children) {
            children.add(child);
        }
    }

    private void awaitReady(ChildProcess child, int port) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.currentTimeMillis() + READY_WITHIN.toMillis();
        while (System.currentTimeMillis() < deadline) {
            if (!child.isAlive()) throw new IllegalStateException(child.name() + " exited; its log:\n" + child.tail(60));
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(150);
        }
        throw new IllegalStateException(child.name() + " was not ready within " + READY_WITHIN.toSeconds() + " s; its log:\n" + child.tail(60));
    }

    private int port(String service) {
        return switch (service) {
            case "ingest" -> options.ingestPort();
            case "projection" -> options.projectionPort();
            case "notifier" -> options.notifierPort();
            default -> throw new IllegalArgumentException(service);
        };
    }

    private Path logs() {
        return options.dataDir().resolve("logs");
    }

    public String ingestUrl() {
        return "http://127.0.0.1:" + options.ingestPort();
    }

    public String projectionUrl() {
        return "http://127.0.0.1:" + options.projectionPort();
    }

    public String notifierUrl() {
        return "http://127.0.0.1:" + options.notifierPort();
    }

    public String writerToken() {
        return options.tokens().writerToken();
    }

    public String kafkaBootstrap() {
        return kafka;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public Path logDir() {
        return logs();
    }

    public List<Long> pids() {
        synchronized (children) {
            return children.stream().map(ChildProcess::pid).toList();
        }
    }

    /** Stops one service process (for fault tests); {@link #restart(String)} starts it again on the same port. */
    public void stop(String service) {
        synchronized (children) {
            children.stream().filter(c -> c.name().equals(service)).forEach(ChildProcess::close);
            children.removeIf(c -> c.name().equals(service));
        }
    }

    /** kill -9 of one service (fault tests): no shutdown hook runs; {@link #start(String)} brings it back on its port. */
    public void kill(String service) {
        synchronized (children) {
            children.stream().filter(c -> c.name().equals(service)).forEach(ChildProcess::kill);
            children.removeIf(c -> c.name().equals(service));
        }
    }

    /** Starts a service that was stopped or killed, on its port, and waits until it is ready. */
    public void start(String service) {
        startService(service);
        ChildProcess child;
        synchronized (children) {
            child = children.stream().filter(c -> c.name().equals(service)).findFirst().orElseThrow();
        }
        awaitReady(child, port(service));
    }

    /** Stops the broker this stack started (fault tests); {@link #startBroker()} brings it back on the same ports and data. */
    public void stopBroker() {
        if (options.kafkaBootstrap() != null) throw new IllegalStateException("the broker was given, not started by this stack");
        stop("kafka");
    }

    public void startBroker() {
        String before = kafka;
        startKafka();
        if (!kafka.equals(before)) throw new IllegalStateException("the broker came back on " + kafka + ", not " + before);
    }

    /** Stops the database this stack started (fault tests; needs keepData); {@link #startDatabase()} brings it back. */
    public void stopDatabase() {
        if (postgres == null) throw new IllegalStateException("the database was given, not started by this stack");
        if (!options.keepData()) throw new IllegalStateException("stopping the database needs keepData, or its data would be deleted");
        postgres.close();
    }

    public void startDatabase() {
        postgres = Postgres.startOnPort(options.dataDir().resolve("postgres"), true, true, postgres.port());
    }

    public void restart(String service) {
        stop(service);
        startService(service);
        ChildProcess child;
        synchronized (children) {
            child = children.stream().filter(c -> c.name().equals(service)).findFirst().orElseThrow();
        }
        awaitReady(child, port(service));
    }

    @Override
    public void close() {
        List<ChildProcess> toStop;
        synchronized (children) {
            toStop = new ArrayList<>(children);
            children.clear();
        }
        java.util.Collections.reverse(toStop);
        toStop.stream().filter(c -> !c.name().equals("kafka")).parallel().forEach(ChildProcess::close);
        toStop.stream().filter(c -> c.name().equals("kafka")).forEach(ChildProcess::close);
        if (postgres != null) postgres.close();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
