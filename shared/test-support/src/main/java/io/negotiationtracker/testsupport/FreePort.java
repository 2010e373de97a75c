package io.negotiationtracker.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Finds TCP ports that are free at the time of the call, below the system's ephemeral port range where there is one.
 *
 * <p>A port from the ephemeral range (what binding port 0 gives) can be taken by any process's outgoing connection
 * between the call and the caller's bind, and held as long as that connection lives (a Kafka client's, say): a service
 * started on it fails with "Address already in use". Outgoing connections take their local ports from the ephemeral
 * range only (Linux: {@code /proc/sys/net/ipv4/ip_local_port_range}), so ports below it stay free unless another
 * listener binds them. Ports handed out by this JVM are not handed out again. Where the range cannot be read, the
 * ephemeral port the system gives is used, as before.
 */
public final class FreePort {
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int LOWEST = 10_000;
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreePort() {}

    /** One port that is free now. */
    public static int find() {
        return find(1)[0];
    }

    /** {@code count} distinct ports that are free now. */
    public static synchronized int[] find(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        int below = ephemeralRangeStart();
        int[] ports = new int[count];
        for (int i = 0; i < count; i++) {
            ports[i] = below > LOWEST + 1_000 ? belowEphemeralRange(below) : ephemeral();
            HANDED_OUT.add(ports[i]);
        }
        return ports;
    }

    private static int belowEphemeralRange(int below) {
        for (int tries = 0; tries < 200; tries++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (!HANDED_OUT.contains(port) && bindable(port)) return port;
        }
        return ephemeral();
    }

    /** Free on every interface (services bind the wildcard address) and on loopback. */
    private static boolean bindable(int port) {
        try (ServerSocket any = new ServerSocket()) {
            any.setReuseAddress(false);
            any.bind(new InetSocketAddress(port), 1);
        } catch (IOException e) {
            return false;
        }
        try (ServerSocket loopback = new ServerSocket()) {
            loopback.setReuseAddress(false);
            loopback.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int ephemeral() {
        List<ServerSocket> held = new ArrayList<>();
        try {
            while (true) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(socket);
                if (!HANDED_OUT.contains(socket.getLocalPort())) return socket.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not find a free TCP port on "
                            + InetAddress.getLoopbackAddress().getHostAddress(),
                    e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // released when the process ends anyway
                }
            }
        }
    }

    /** The first port of the ephemeral range, or 0 where it is not known. */
    private static int ephemeralRangeStart() {
        try {
            String[] range;
            try (var reader = Files.newBufferedReader(EPHEMERAL_RANGE)) {
                range = reader.readLine().trim().split("\\s+");
            }
            return Integer.parseInt(range[0]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
