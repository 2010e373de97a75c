package io.negotiationtracker.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link KafkaBroker} as a process of its own, for the local run command.
 *
 * <pre>java -cp ... io.negotiationtracker.testsupport.KafkaBrokerMain --data-dir DIR --port-file FILE [--ports B,C] [--no-parent-watch]
 *     [--node-id N --voters 1@127.0.0.1:C1,2@127.0.0.1:C2,3@127.0.0.1:C3 --cluster-id ID]</pre>
 * ({@code --ports}: fixed broker and controller ports, so that a restarted broker is found where its clients expect it;
 * {@code --node-id}, {@code --voters}, {@code --cluster-id}: this process is one node of a cluster, {@link KafkaQuorum},
 * started together with the others)
 *
 * <p>Once the broker answers clients, its bootstrap address ({@code 127.0.0.1:PORT}) is written to the port
 * file (atomically: a reader sees the whole address or no file). The process stops the broker cleanly on
 * SIGTERM or SIGINT and removes the port file. It also stops by itself when the process that started it dies,
 * so that no broker is left behind; {@code --no-parent-watch} turns that off.
 *
 * <p>Exit codes: 143 after SIGTERM (the JVM's usual code for it, once the broker has stopped), 0 when it stopped
 * because its parent died, 1 when the broker could not start, 2 for bad arguments.
 *
 * <p>The classpath is this module's runtime classpath. It has no SLF4J backend: add one (logback-classic and a
 * logback.xml keeping {@code kafka} and {@code org.apache.kafka} at WARN) to see the broker's own log.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {}

    public static void main(String[] args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("KafkaBrokerMain: " + e.getMessage());
            System.err.println(
                    "usage: KafkaBrokerMain --data-dir DIR --port-file FILE [--ports BROKER,CONTROLLER] [--no-parent-watch] "
                            + "[--node-id N --voters ID@HOST:PORT,... --cluster-id ID]");
            System.exit(2);
            return;
        }

        if (arguments.watchParent) {
            watchParent();
        }

        KafkaBroker broker;
        try {
            Files.deleteIfExists(arguments.portFile);
            broker = KafkaBroker.start(arguments.dataDir, arguments.ports, arguments.quorum);
        } catch (RuntimeException | IOException e) {
            System.err.println("KafkaBrokerMain: the Kafka broker did not start: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                Files.deleteIfExists(arguments.portFile);
                            } catch (IOException e) {
                                System.err.println(
                                        "KafkaBrokerMain: could not delete " + arguments.portFile + ": " + e);
                            }
                            broker.close();
                            System.err.println("KafkaBrokerMain: broker " + broker.bootstrapServers() + " stopped");
                            stopped.countDown();
                        },
                        "kafka-broker-main-shutdown"));

        try {
            FileUtil.writeAtomically(arguments.portFile, broker.bootstrapServers() + "\n");
        } catch (IOException e) {
            System.err.println("KafkaBrokerMain: could not write the port file " + arguments.portFile + ": " + e);
            System.exit(1);
            return;
        }
        System.err.println("KafkaBrokerMain: broker ready at " + broker.bootstrapServers() + " in "
                + broker.startupTime().toMillis() + " ms (data dir " + broker.dataDir() + ", port file "
                + arguments.portFile + ")");

        // The broker's own threads keep the JVM alive; this thread only waits for the shutdown hook.
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Exits this process (running the shutdown hook) once the process that started it is gone. */
    private static void watchParent() {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isEmpty()) {
            System.err.println("KafkaBrokerMain: no parent process found; not watching for its death");
            return;
        }
        ProcessHandle original = parent.get();
        Thread watcher = new Thread(
                () -> {
                    while (true) {
                        Optional<ProcessHandle> now = ProcessHandle.current().parent();
                        boolean orphaned = !original.isAlive()
                                || now.isEmpty()
                                || now.get().pid() != original.pid();
                        if (orphaned) {
                            System.err.println(
                                    "KafkaBrokerMain: parent process " + original.pid() + " is gone; stopping");
                            System.exit(0);
                            return;
                        }
                        try {
                            Thread.sleep(1000);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "kafka-broker-main-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private record Arguments(Path dataDir, Path portFile, int[] ports, boolean watchParent, KafkaQuorum quorum) {

        static Arguments parse(String[] args) {
            Path dataDir = null;
            Path portFile = null;
            int[] ports = null;
            boolean watchParent = true;
            Integer nodeId = null;
            String voters = null;
            String clusterId = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--data-dir" -> dataDir = Path.of(value(args, ++i, "--data-dir"));
                    case "--port-file" -> portFile = Path.of(value(args, ++i, "--port-file"));
                    case "--ports" ->
                        ports = java.util.Arrays.stream(
                                        value(args, ++i, "--ports").split(","))
                                .mapToInt(Integer::parseInt)
                                .toArray();
                    case "--no-parent-watch" -> watchParent = false;
                    case "--node-id" -> nodeId = Integer.parseInt(value(args, ++i, "--node-id"));
                    case "--voters" -> voters = value(args, ++i, "--voters");
                    case "--cluster-id" -> clusterId = value(args, ++i, "--cluster-id");
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (dataDir == null) {
                throw new IllegalArgumentException("--data-dir is required");
            }
            if (portFile == null) {
                throw new IllegalArgumentException("--port-file is required");
            }
            if (ports != null && ports.length != 2) {
                throw new IllegalArgumentException("--ports needs two ports: BROKER,CONTROLLER");
            }
            if ((nodeId == null) != (voters == null) || (nodeId == null) != (clusterId == null)) {
                throw new IllegalArgumentException("--node-id, --voters and --cluster-id go together");
            }
            if (nodeId != null && ports == null) {
                throw new IllegalArgumentException(
                        "a node of a cluster needs --ports: the voters name its controller port");
            }
            KafkaQuorum quorum = nodeId == null ? null : new KafkaQuorum(nodeId, voters, clusterId);
            return new Arguments(dataDir, portFile.toAbsolutePath(), ports, watchParent, quorum);
        }

        private static String value(String[] args, int i, String name) {
            if (i >= args.length || args[i].startsWith("--")) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return args[i];
        }
    }
}
