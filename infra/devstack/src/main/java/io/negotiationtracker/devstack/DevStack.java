package io.negotiationtracker.devstack;

import io.negotiationtracker.testsupport.FreePort;
import io.negotiationtracker.testsupport.Postgres;
import io.negotiationtracker.tokens.DevTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The whole product on one machine, without Docker: a real PostgreSQL (the one configured, else one the project owns),
 * a real Kafka broker in its own process (or a cluster of several, {@link #startCluster}), and the three services, each
 * in its own process, with more instances of a service on request ({@link #startInstance}). Closing it stops everything.
 */
public final class DevStack implements AutoCloseable {
    /**
     * How long a service may take to answer readiness: a few seconds on a quiet machine, much longer on a 2-core one
     * that also runs a broker, a database and a build (tracker.devstack.ready-within-s overrides it).
     */
    static final Duration READY_WITHIN = Duration.ofSeconds(Long.getLong("tracker.devstack.ready-within-s", 240));

    public record Options(
            Path dataDir,
            boolean keepData,
            String jdbcUrl,
            String jdbcUser,
            String jdbcPassword,
            String kafkaBootstrap,
            int ingestPort,
            int projectionPort,
            int notifierPort,
            DevTokens tokens,
            Map<String, String> serviceProperties) {
        public static Options forTests(Path dataDir) {
            return new Options(
                    dataDir,
                    false,
                    null,
                    null,
                    null,
                    null,
                    FreePort.find(),
                    FreePort.find(),
                    FreePort.find(),
                    DevTokens.random(),
                    Map.of());
        }

        public Options with(Map<String, String> properties) {
            Map<String, String> all = new HashMap<>(serviceProperties);
            all.putAll(properties);
            return new Options(
                    dataDir,
                    keepData,
                    jdbcUrl,
                    jdbcUser,
                    jdbcPassword,
                    kafkaBootstrap,
                    ingestPort,
                    projectionPort,
                    notifierPort,
                    tokens,
                    all);
        }
    }

    private final Options options;
    private final RepoLayout repo = RepoLayout.find();
    private final List<ChildProcess> children = new ArrayList<>();
    private Postgres postgres;
    private String jdbcUrl;
    private String kafka;
    private final KafkaProcesses brokers;
    private final Map<String, Integer> ports = new java.util.concurrent.ConcurrentHashMap<>();

    private final List<String> extraJvmOptions;
    /**
     * How long an instance may take to become ready here: {@link #READY_WITHIN}, twice that on a cluster of several
     * brokers (nine JVMs and PostgreSQL on the machine: a service took 180 s to start at a load average of 76, and
     * three second instances start at once).
     */
    private final Duration readyWithin;

    private DevStack(Options options, int brokerNodes, List<String> extraJvmOptions) {
        this.options = options;
        this.readyWithin = brokerNodes > 1 ? READY_WITHIN.multipliedBy(2) : READY_WITHIN;
        this.extraJvmOptions = List.copyOf(extraJvmOptions);
        this.brokers = new KafkaProcesses(options.dataDir(), logs(), brokerNodes, this.extraJvmOptions);
        ports.putAll(Map.of(
                "ingest",
                options.ingestPort(),
                "projection",
                options.projectionPort(),
                "notifier",
                options.notifierPort()));
    }

    public static DevStack start(Options options) {
        return start(options, 1, List.of());
    }

    /**
     * The stack on a Kafka cluster of {@code brokerNodes} nodes started as processes (the cluster test); the services get
     * every node's address. Give them the replication settings to use too (kafka.topic.replication-factor, ...).
     */
    public static DevStack startCluster(Options options, int brokerNodes) {
        return start(options, brokerNodes, List.of());
    }

    /**
     * The same, every process (brokers and services) started with {@code jvmOptions} too: the cluster test gives
     * {@link JvmOptions#QUICK_START}, since nine JVMs starting on two shared cores spend most of their time compiling.
     */
    public static DevStack startCluster(Options options, int brokerNodes, List<String> jvmOptions) {
        return start(options, brokerNodes, jvmOptions);
    }

    private static DevStack start(Options options, int brokerNodes, List<String> jvmOptions) {
        DevStack stack = new DevStack(options, brokerNodes, jvmOptions);
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
        for (ChildProcess c : children) awaitReady(c, port(c.name()));
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
        kafka = options.kafkaBootstrap() != null ? options.kafkaBootstrap() : brokers.start();
    }

    /**
     * Starts one more instance of {@code service} (named {@code service-N}, on a free port: {@link #url}), and waits until
     * it is ready; {@link #stop}, {@link #kill} and {@link #start(String)} take that name.
     */
    public String startInstance(String service, int n) {
        String instance = service + "-" + n;
        ports.put(instance, FreePort.find());
        start(instance);
        return instance;
    }

    /** The base URL of a service instance: {@code ingest}, or {@code ingest-2} for one {@link #startInstance} started. */
    public String url(String instance) {
        return "http://127.0.0.1:" + port(instance);
    }

    private void startService(String instance) {
        String service = instance.contains("-") ? instance.substring(0, instance.indexOf('-')) : instance;
        Map<String, String> props = new HashMap<>();
        props.put("micronaut.server.port", Integer.toString(port(instance)));
        props.put("datasources.default.url", jdbcUrl);
        props.put("datasources.default.username", postgres != null ? postgres.user() : nullToEmpty(options.jdbcUser()));
        props.put(
                "datasources.default.password",
                postgres != null ? postgres.password() : nullToEmpty(options.jdbcPassword()));
        props.put("kafka.bootstrap-servers", kafka);
        props.put(
                "micronaut.security.token.jwt.signatures.secret.generator.secret",
                options.tokens().secret());
        if (service.equals("projection")) {
            // The dashboard page, served by the projection, reads alerts from the notifier on its real port.
            props.put("tracker.dashboard.notifier-url", notifierUrl());
            props.put("tracker.dashboard.ingest-url", ingestUrl());
        }
        options.serviceProperties().forEach((k, v) -> {
            if (!k.contains("@") || k.startsWith(service + "@"))
                props.put(k.contains("@") ? k.substring(k.indexOf('@') + 1) : k, v);
        });
        ChildProcess child = ChildProcess.startJava(
                instance,
                JvmOptions.with(JvmOptions.service(service, archive(instance)), extraJvmOptions),
                repo.serviceClasspath(service),
                "io.negotiationtracker." + service + ".Application",
                props,
                List.of(),
                logs());
        synchronized (children) {
            children.add(child);
        }
    }

    private void awaitReady(ChildProcess child, int port) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.currentTimeMillis() + readyWithin.toMillis();
        while (System.currentTimeMillis() < deadline) {
            if (!child.isAlive()) throw new IllegalStateException(child.exitReport(80));
            try {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/readiness"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(150);
        }
        throw new IllegalStateException(child.name() + " (pid " + child.pid() + ") was not ready within "
                + readyWithin.toSeconds() + " s; its log " + child.log() + ":\n" + child.tail(80));
    }

    private int port(String instance) {
        Integer port = ports.get(instance);
        if (port == null) throw new IllegalArgumentException("no instance " + instance);
        return port;
    }

    /** The instance's class data sharing archive, in a directory that exists (the JVM writes the file, not its directory). */
    private Path archive(String instance) {
        Path dir = options.dataDir().resolve("cds");
        try {
            java.nio.file.Files.createDirectories(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dir.resolve(instance + ".jsa");
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

    /** The shared secret the services verify tokens with (as bin/run keeps it in .data/jwt-secret). */
    public DevTokens tokens() {
        return options.tokens();
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

    /**
     * The processes of this stack (brokers and service instances) that ended without being stopped: for each, its exit
     * status and the end of its log. Empty when all run.
     */
    public List<String> exitedUnasked() {
        List<String> reports = new ArrayList<>(brokers.exitedUnasked());
        synchronized (children) {
            children.stream().filter(c -> !c.isAlive()).forEach(c -> reports.add(c.exitReport(80)));
        }
        return reports;
    }

    public List<Long> pids() {
        List<Long> pids = new ArrayList<>(brokers.pids());
        synchronized (children) {
            children.forEach(c -> pids.add(c.pid()));
        }
        return pids;
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

    /**
     * Starts a service that was stopped or killed, on its port, and waits until it is ready. The port was free when the
     * instance was first started, but between its stop and this start another process's socket (an outgoing connection
     * takes a port from the same ephemeral range) may hold it for a while: a start that fails to bind is tried again.
     */
    public void start(String service) {
        for (int attempt = 1; ; attempt++) {
            startService(service);
            ChildProcess child = child(service);
            try {
                awaitReady(child, port(service));
                return;
            } catch (IllegalStateException e) {
                boolean portTaken = !child.isAlive() && child.logMentions("Address already in use");
                if (!portTaken || attempt == 3) throw e;
                System.err.printf(
                        "dev stack: %s could not bind port %d (attempt %d); trying again in 5 s%n",
                        service, port(service), attempt);
                synchronized (children) {
                    children.remove(child);
                }
                sleep(5_000);
            }
        }
    }

    private ChildProcess child(String instance) {
        synchronized (children) {
            return children.stream()
                    .filter(c -> c.name().equals(instance))
                    .reduce((first, second) -> second)
                    .orElseThrow();
        }
    }

    /** Stops the broker this stack started (fault tests); {@link #startBroker()} brings it back on the same ports and data. */
    public void stopBroker() {
        stopBroker(1);
    }

    public void startBroker() {
        startBroker(1);
    }

    /** Stops node {@code node} (from 1) of the brokers this stack started; {@link #startBroker(int)} brings it back. */
    public void stopBroker(int node) {
        if (options.kafkaBootstrap() != null)
            throw new IllegalStateException("the broker was given, not started by this stack");
        brokers.stop(node);
    }

    public void startBroker(int node) {
        brokers.restart(node);
    }

    /** Stops the database this stack started (fault tests; needs keepData); {@link #startDatabase()} brings it back. */
    public void stopDatabase() {
        if (postgres == null) throw new IllegalStateException("the database was given, not started by this stack");
        if (!options.keepData())
            throw new IllegalStateException("stopping the database needs keepData, or its data would be deleted");
        postgres.close();
    }

    public void startDatabase() {
        postgres = Postgres.startOnPort(options.dataDir().resolve("postgres"), true, true, postgres.port());
    }

    public void restart(String service) {
        stop(service);
        start(service);
    }

    @Override
    public void close() {
        List<ChildProcess> toStop;
        synchronized (children) {
            toStop = new ArrayList<>(children);
            children.clear();
        }
        toStop.parallelStream().forEach(ChildProcess::close);
        brokers.close();
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
